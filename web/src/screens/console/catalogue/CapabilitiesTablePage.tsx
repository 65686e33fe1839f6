import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { App, Button, Input, Space } from 'antd'
import { api, data, type Schemas } from '../../../api/client'
import { labelOf, useVocabularies } from '../../../api/queries'
import { formatDateTime } from '../../../app/format'
import { PageTitle } from '../../../features/common/states'
import { StatusTag } from '../../../features/common/StatusTag'
import { CatalogueFilters } from '../../../features/console/CatalogueFilters'
import { CursorTable, useCursorList } from '../../../features/console/cursor-list'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import { capabilitiesList } from '../console.data'
import type { CAPABILITY_FILTERS } from '../console-search'

type Capability = Schemas['CapabilityView']
type Key = (typeof CAPABILITY_FILTERS)[number]

/** 服务能力: every capability with every filter the API has, in the URL; publish, archive or reopen with a reason. */
export function CapabilitiesTablePage() {
  const { language, t } = useLanguage()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const v = useVocabularies().data
  const [filters, set] = useUrlFilters<Key>()
  const { key, fetch } = capabilitiesList(filters)
  const list = useCursorList(key, fetch)
  const change = async (c: Capability, status: string, statusReason?: string) => {
    try {
      await data(api.PATCH('/api/v1/capabilities/{id}', { params: { path: { id: c.id } }, body: { status, ...(statusReason ? { statusReason } : {}) } as never }))
      await queryClient.invalidateQueries({ queryKey: ['capabilities'] })
      message.success(t('已更新', 'Updated'))
    } catch (e) { message.error((e as Error).message) }
  }
  const withReason = (c: Capability, status: string, zh: string, en: string) => {
    let reason = ''
    modal.confirm({
      title: t(`${zh}「${c.title}」？`, `${en} “${c.title}”?`), okText: t(zh, en), cancelText: t('取消', 'Cancel'),
      content: <Input.TextArea aria-label={t('原因', 'Reason')} placeholder={t('原因（记入变更记录）', 'Reason (kept in the history)')} onChange={(e) => { reason = e.target.value }} />,
      onOk: () => change(c, status, reason.trim() || undefined),
    })
  }
  return (
    <>
      <PageTitle title={t('服务能力', 'Capabilities')} sub={t('学会、高校院所与专家提供的服务能力', 'What societies, universities and experts offer')} />
      <CatalogueFilters kind="capability" filters={filters} set={set} />
      <CursorTable<Capability> list={list} rowKey={(c) => c.id} caption={t('服务能力', 'Capabilities')} empty={t('没有符合条件的服务能力', 'No capability fits')}
        columns={[
          { title: t('服务能力', 'Capability'), dataIndex: 'title', render: (title: string, c) => <Link to="/capabilities/$capabilityId" params={{ capabilityId: c.id }}>{title}</Link> },
          { title: t('服务方', 'Provider'), key: 'org', render: (_, c) => (c.view === 'full' ? c.organizationName : '') ?? '' },
          { title: t('产业链', 'Chains'), key: 'chains', render: (_, c) => c.industryChains.join('、') },
          { title: t('服务类型', 'Services'), key: 'types', render: (_, c) => c.serviceTypes.map((x) => labelOf(v?.needTypes, x, language)).join('、') },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} kind="capability" /> },
          { title: t('更新于', 'Updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at, language) },
          { title: t('操作', 'Actions'), key: 'do', render: (_, c) => <Space>
            {c.status === 'draft' && <Button size="small" onClick={() => void change(c, 'published')}>{t('发布', 'Publish')}</Button>}
            {c.status === 'published' && <Button size="small" onClick={() => withReason(c, 'archived', '归档', 'Archive')}>{t('归档…', 'Archive…')}</Button>}
            {c.status === 'archived' && <Button size="small" onClick={() => withReason(c, 'published', '重新发布', 'Republish')}>{t('重新发布…', 'Republish…')}</Button>}
          </Space> },
        ]} />
    </>
  )
}
