import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { App, Button, Input, Space } from 'antd'
import { api, data, type Schemas } from '../../../api/client'
import { formatDateTime } from '../../../app/format'
import { PageTitle } from '../../../features/common/states'
import { StatusTag } from '../../../features/common/StatusTag'
import { CatalogueFilters } from '../../../features/console/CatalogueFilters'
import { CursorTable, useCursorList } from '../../../features/console/cursor-list'
import { useUrlFilters } from '../../../features/console/url-filters'
import { useLanguage } from '../../../i18n/language'
import { needsList } from '../console.data'
import type { NEED_FILTERS } from '../console-search'

type Need = Schemas['NeedView']
type Key = (typeof NEED_FILTERS)[number]
const FINAL = ['resolved', 'closed', 'withdrawn']

/** 需求: every need with every filter the API has, in the URL; publish, reopen with a reason, match; the compendium for this filter. */
export function NeedsTablePage() {
  const { language, t } = useLanguage()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [filters, set] = useUrlFilters<Key>()
  const { key, fetch } = needsList(filters)
  const list = useCursorList(key, fetch)
  const compendium = new URLSearchParams(Object.entries({ county: filters.county, industryChain: filters.industryChain }).filter(([, v]) => v) as [string, string][]).toString()
  const change = async (n: Need, status: string, statusReason?: string) => {
    try {
      await data(api.PATCH('/api/v1/needs/{id}', { params: { path: { id: n.id } }, body: { status, ...(statusReason ? { statusReason } : {}) } as never }))
      await queryClient.invalidateQueries({ queryKey: ['needs'] })
      message.success(t('已更新', 'Updated'))
    } catch (e) { message.error((e as Error).message) }
  }
  const reopen = (n: Need) => {
    let reason = ''
    modal.confirm({
      title: t(`重新开启「${n.title}」？`, `Reopen “${n.title}”?`), okText: t('重新开启', 'Reopen'), cancelText: t('取消', 'Cancel'),
      content: <Input.TextArea aria-label={t('原因', 'Reason')} placeholder={t('原因（必填，记入变更记录）', 'Reason (kept in the history)')} onChange={(e) => { reason = e.target.value }} />,
      onOk: () => (reason.trim() ? change(n, 'published', reason.trim()) : Promise.reject(message.warning(t('请填写原因', 'Give a reason')))),
    })
  }
  return (
    <>
      <PageTitle title={t('技术需求', 'Needs')} sub={t('筛选条件保存在网址中，可收藏或发给同事', 'Filters live in the address: bookmark or share it')}
        extra={<Space>
          <a href={`/api/v1/exports/needs-compendium.xlsx?${compendium}`} download><Button icon={<FileExcelOutlined aria-hidden />}>{t('需求汇编 .xlsx', 'Compendium .xlsx')}</Button></a>
          <a href={`/api/v1/exports/needs-compendium.html?${compendium}`} target="_blank" rel="noreferrer"><Button icon={<PrinterOutlined aria-hidden />}>{t('打印版', 'Printable')}</Button></a>
        </Space>} />
      <CatalogueFilters kind="need" filters={filters} set={set} />
      <CursorTable<Need> list={list} rowKey={(n) => n.id} caption={t('技术需求', 'Needs')} empty={t('没有符合条件的需求', 'No need fits')}
        columns={[
          { title: t('需求', 'Need'), dataIndex: 'title', render: (title: string, n) => <Link to="/needs/$needId" params={{ needId: n.id }}>{title}</Link> },
          { title: t('企业', 'Enterprise'), key: 'org', render: (_, n) => (n.view === 'full' ? n.organizationName : '') ?? '' },
          { title: t('县市区', 'County'), dataIndex: 'county' },
          { title: t('产业链', 'Chain'), dataIndex: 'industryChain' },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          { title: t('更新于', 'Updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at, language) },
          { title: t('操作', 'Actions'), key: 'do', render: (_, n) => <Space>
            <Link to="/matching" search={{ needId: n.id }}>{t('匹配', 'Match')}</Link>
            {n.status === 'draft' && <Button size="small" onClick={() => void change(n, 'published')}>{t('发布', 'Publish')}</Button>}
            {FINAL.includes(n.status) && <Button size="small" onClick={() => reopen(n)}>{t('重新开启…', 'Reopen…')}</Button>}
          </Space> },
        ]} />
    </>
  )
}
