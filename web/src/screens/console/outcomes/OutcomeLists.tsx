import { useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Input, InputNumber, Segmented, Table, Timeline } from 'antd'
import { useState } from 'react'
import { api, data } from '../../../api/client'
import { formatDateTime, formatYuan } from '../../../app/format'
import { useAllOrganizations } from '../../../features/console/organizations.queries'
import { Muted } from '../../../features/common/text'
import { useLanguage } from '../../../i18n/language'

type Outcome = { id: string; version: number; enterpriseId: string; providerId: string; statedOn?: string; signedOn?: string; description?: string; kind?: string; amountYuan?: number | null; updatedAt: string }

/** 意向与协议: every intention and agreement; a correction keeps the earlier version, with its reason. */
export function OutcomeLists() {
  const { language, t } = useLanguage()
  const [which, setWhich] = useState<'agreements' | 'intentions'>('agreements')
  const names = new Map((useAllOrganizations().data ?? []).map((o) => [o.id, o.name]))
  const list = useQuery({ queryKey: [which], queryFn: () => (which === 'agreements' ? data(api.GET('/api/v1/agreements')) : data(api.GET('/api/v1/intentions'))) })
  return (
    <>
      <Segmented style={{ marginBottom: 12 }} value={which} onChange={(v) => setWhich(v as typeof which)} options={[{ value: 'agreements', label: t('合作协议', 'Agreements') }, { value: 'intentions', label: t('合作意向', 'Intentions') }]} />
      <Table<Outcome> size="small" rowKey="id" loading={list.isPending} dataSource={(list.data?.items ?? []) as unknown as Outcome[]} pagination={{ pageSize: 50, hideOnSinglePage: true }} aria-label={which === 'agreements' ? t('合作协议', 'Agreements') : t('合作意向', 'Intentions')}
        expandable={{ expandedRowRender: (o) => <Versions which={which} outcome={o} /> }}
        locale={{ emptyText: t('还没有登记', 'Nothing recorded yet') }}
        columns={[
          { title: t('日期', 'Date'), key: 'on', render: (_, o) => o.signedOn ?? o.statedOn },
          { title: t('企业', 'Enterprise'), key: 'e', render: (_, o) => names.get(o.enterpriseId) ?? '' },
          { title: t('服务方', 'Provider'), key: 'p', render: (_, o) => names.get(o.providerId) ?? '' },
          which === 'agreements'
            ? { title: t('金额', 'Amount'), key: 'amount', render: (_, o) => (o.amountYuan != null ? formatYuan(o.amountYuan, language) : '—') }
            : { title: t('内容', 'What'), dataIndex: 'description' },
          { title: t('版本', 'Version'), dataIndex: 'version', render: (n: number, o) => <>{n} <Muted>{formatDateTime(o.updatedAt, language)}</Muted></> },
        ]} />
    </>
  )
}

function Versions({ which, outcome }: { which: 'agreements' | 'intentions'; outcome: Outcome }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const versions = useQuery({ queryKey: [which, outcome.id, 'versions'], queryFn: () => (which === 'agreements' ? data(api.GET('/api/v1/agreements/{id}/versions', { params: { path: { id: outcome.id } } })) : data(api.GET('/api/v1/intentions/{id}/versions', { params: { path: { id: outcome.id } } }))) })
  const [reason, setReason] = useState('')
  const [amount, setAmount] = useState<number | null>(outcome.amountYuan ?? null)
  const [description, setDescription] = useState(outcome.description ?? '')
  const correct = async () => {
    try {
      if (which === 'agreements') await data(api.PATCH('/api/v1/agreements/{id}', { params: { path: { id: outcome.id } }, body: { amountYuan: amount, reason } }))
      else await data(api.PATCH('/api/v1/intentions/{id}', { params: { path: { id: outcome.id } }, body: { description, reason } }))
      await Promise.all([queryClient.invalidateQueries({ queryKey: [which] }), queryClient.invalidateQueries({ queryKey: ['reports'] })])
      setReason(''); message.success(t('已更正；原版本已保留', 'Corrected; the earlier version is kept'))
    } catch (e) { message.error((e as Error).message) }
  }
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      <div style={{ flex: '1 1 320px' }}>
        <strong>{t('版本记录', 'Versions')}</strong>
        <Timeline style={{ marginTop: 8 }} items={(versions.data?.items ?? []).map((v) => ({ content: <>{t(`第 ${v.version} 版`, `Version ${v.version}`)} · {formatDateTime(v.changedAt, language)}{v.reason && <> · {t('原因：', 'why: ')}{v.reason}</>}</> }))} />
      </div>
      <div style={{ flex: '1 1 320px', display: 'flex', flexDirection: 'column', gap: 8 }}>
        <strong>{t('更正', 'Correct')}</strong>
        {which === 'agreements'
          ? <InputNumber aria-label={t('金额（元）', 'Amount (yuan)')} value={amount} onChange={(v) => setAmount(v)} min={0} style={{ width: 200 }} />
          : <Input.TextArea aria-label={t('意向内容', 'What was intended')} value={description} onChange={(e) => setDescription(e.target.value)} />}
        <Input aria-label={t('更正原因', 'Why')} placeholder={t('更正原因（必填）', 'Why (required)')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        <Button disabled={!reason.trim()} onClick={() => void correct()}>{t('保存更正', 'Save the correction')}</Button>
      </div>
    </div>
  )
}
