import { useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Input, Segmented, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { api, data } from '../../../api/client'
import { formatDateTime } from '../../../app/format'
import { useLanguage } from '../../../i18n/language'

type FollowUp = { id: string; personName: string; organizationName: string | null; personEmail: string | null; answered: boolean; askedAt: string; held: boolean | null; usefulness: number | null; intention: boolean | null; nextStep: string | null; respondedAt: string | null }

/** 回访: the answers that came back, to confirm (the session becomes held, a stated intention is recorded); and those still unanswered, to resend. */
export function FollowUps() {
  const { language, t } = useLanguage()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [which, setWhich] = useState<'confirm' | 'unanswered'>('confirm')
  const list = useQuery({ queryKey: ['follow-ups', which], queryFn: () => data(api.GET('/api/v1/follow-ups', { params: { query: which === 'confirm' ? { unconfirmed: 'true' } : { answered: 'false' } } })) })
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['follow-ups'] }), queryClient.invalidateQueries({ queryKey: ['todo'] }), queryClient.invalidateQueries({ queryKey: ['reports'] })])
  const confirm = (f: FollowUp) => {
    let description = f.nextStep ?? ''
    modal.confirm({
      title: t(`确认 ${f.personName} 的回访答复？`, `Confirm ${f.personName}’s answer?`),
      content: <>
        <p>{f.held ? t('对接会将记为已举行。', 'The session becomes held.') : t('答复说对接会未举行。', 'The answer says it was not held.')}</p>
        {f.intention && <><p>{t('答复中有合作意向，确认后登记为合作意向：', 'An intention was stated; it is recorded as:')}</p><Input.TextArea aria-label={t('意向内容', 'The intention')} defaultValue={description} onChange={(e) => { description = e.target.value }} /></>}
      </>,
      okText: t('确认', 'Confirm'), cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        try {
          await data(api.POST('/api/v1/follow-ups/{id}/confirm', { params: { path: { id: f.id } }, body: f.intention && description.trim() ? { intentionDescription: description.trim() } : {} }))
          await refresh(); message.success(t('已确认', 'Confirmed'))
        } catch (e) { message.error((e as Error).message) }
      },
    })
  }
  const resend = async (f: FollowUp) => {
    try { await data(api.POST('/api/v1/follow-ups/{id}/resend', { params: { path: { id: f.id } } })); await refresh(); message.success(t(`已重发给 ${f.personName}（旧链接失效）`, `Sent again to ${f.personName}`)) } catch (e) { message.error((e as Error).message) }
  }
  const yes = (v: boolean | null) => (v === null ? '—' : v ? t('是', 'yes') : t('否', 'no'))
  return (
    <>
      <Segmented style={{ marginBottom: 12 }} value={which} onChange={(v) => setWhich(v as typeof which)} options={[{ value: 'confirm', label: t('待确认的答复', 'Answers to confirm') }, { value: 'unanswered', label: t('尚未答复', 'Unanswered') }]} />
      <Table<FollowUp> size="small" rowKey="id" loading={list.isPending} pagination={{ pageSize: 50, hideOnSinglePage: true }} dataSource={(list.data?.items ?? []) as FollowUp[]} aria-label={t('回访', 'Follow-ups')}
        locale={{ emptyText: which === 'confirm' ? t('没有待确认的答复', 'No answers to confirm') : t('所有回访都已答复', 'Every follow-up is answered') }}
        columns={[
          { title: t('参会人', 'Attendee'), key: 'who', render: (_, f) => <><strong>{f.personName}</strong><br />{f.organizationName}</> },
          { title: t('发出', 'Asked'), dataIndex: 'askedAt', render: (at: string) => formatDateTime(at, language) },
          ...(which === 'confirm' ? [
            { title: t('已举行', 'Held'), key: 'held', render: (_: unknown, f: FollowUp) => yes(f.held) },
            { title: t('有用程度', 'Useful'), key: 'use', render: (_: unknown, f: FollowUp) => (f.usefulness ? `${f.usefulness} / 5` : '—') },
            { title: t('合作意向', 'Intention'), key: 'int', render: (_: unknown, f: FollowUp) => (f.intention ? <Tag color="gold">{t('有', 'yes')}</Tag> : yes(f.intention)) },
            { title: t('下一步', 'Next step'), dataIndex: 'nextStep' },
          ] : []),
          { title: t('操作', 'Actions'), key: 'do', render: (_, f) => <Space>
            {which === 'confirm' ? <Button size="small" type="primary" onClick={() => confirm(f)}>{t('确认…', 'Confirm…')}</Button> : <Button size="small" onClick={() => void resend(f)}>{t('重发链接', 'Resend link')}</Button>}
          </Space> },
        ]} />
    </>
  )
}
