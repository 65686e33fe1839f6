import { FileAddOutlined } from '@ant-design/icons'
import { Link, useNavigate, useSearch } from '@tanstack/react-router'
import { Button, Col, Row, Select } from 'antd'
import { choices, useMe, useVocabularies } from '../../api/queries'
import { EmptyState, PageTitle, QueryState } from '../../features/common/states'
import { NeedCard } from '../../features/needs/NeedCard'
import { useNeeds } from '../../features/needs/needs.queries'
import { useLanguage } from '../../i18n/language'

/** 我的需求: the enterprise's needs, filtered by status in the URL. */
export function MyNeedsPage() {
  const me = useMe().data!
  const { language, t } = useLanguage()
  const { status } = useSearch({ from: '/signed-in/needs' })
  const navigate = useNavigate({ from: '/needs' })
  const vocabularies = useVocabularies()
  const needs = useNeeds({ organizationId: me.organizationId ?? undefined, ...(status ? { status } : {}) } as never)
  return (
    <>
      <PageTitle title={t('我的需求', 'My needs')}
        extra={<div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Select aria-label={t('按状态筛选', 'Filter by status')} style={{ minWidth: 160 }} allowClear placeholder={t('全部状态', 'Every status')} value={status}
            options={choices(vocabularies.data?.needStatuses, language)} onChange={(v?: string) => void navigate({ search: v ? { status: v } : {} })} />
          <Link to="/needs/new"><Button type="primary" icon={<FileAddOutlined />}>{t('发布需求', 'File a need')}</Button></Link>
        </div>} />
      <QueryState query={needs}>
        {(d) => d.items.length === 0
          ? <EmptyState text={status ? t('没有此状态的需求', 'No needs with this status') : t('还没有需求。把生产中遇到的技术难题写下来，科协会帮您找到能解决的专家。', 'No needs yet. Write down a technical problem and the association will find who can solve it.')}
              action={<Link to="/needs/new"><Button type="primary">{t('发布第一条需求', 'File your first need')}</Button></Link>} />
          : <Row gutter={[12, 12]}>{d.items.map((n) => <Col key={n.id} xs={24} md={12} xl={8}><NeedCard need={n} /></Col>)}</Row>}
      </QueryState>
    </>
  )
}
