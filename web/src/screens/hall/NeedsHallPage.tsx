import { SearchOutlined } from '@ant-design/icons'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { Button, Card, Col, Input, Row, Segmented, Select, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { api, data } from '../../api/client'
import { choices, useMe, useVocabularies } from '../../api/queries'
import type { HallSearch } from './hall-search'
import { useCapabilities } from '../../features/capabilities/capabilities.queries'
import { NeedCandidates } from '../../features/capabilities/NeedCandidates'
import { EmptyState, PageTitle, QueryState } from '../../features/common/states'
import { NeedCard } from '../../features/needs/NeedCard'
import { useLanguage } from '../../i18n/language'

/** 需求大厅: the published needs as visibility allows, filtered in the URL; or those one of my capabilities could serve, ranked. */
export function NeedsHallPage() {
  const me = useMe().data!
  const { t } = useLanguage()
  const search = useSearch({ from: '/signed-in/hall' })
  const navigate = useNavigate({ from: '/hall' })
  const set = (patch: Partial<HallSearch>) => void navigate({ search: (s) => clean({ ...s, ...patch }), replace: true })
  return (
    <>
      <PageTitle title={t('需求大厅', 'Needs hall')} sub={t('企业发布的技术需求，按各自的公开范围显示', 'The enterprises’ needs, as each one’s visibility allows')}
        extra={me.role === 'provider' && <Segmented value={search.view ?? 'all'} onChange={(v) => set({ view: v === 'ranked' ? 'ranked' : undefined })}
          options={[{ value: 'all', label: t('全部需求', 'All needs') }, { value: 'ranked', label: t('我能解决的', 'Ones I could serve') }]} />} />
      {search.view === 'ranked' ? <Ranked search={search} set={set} /> : <Browse search={search} set={set} />}
    </>
  )
}

const clean = (s: HallSearch): HallSearch => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== '')) as HallSearch

function Browse({ search, set }: { search: HallSearch; set: (p: Partial<HallSearch>) => void }) {
  const { language, t } = useLanguage()
  const v = useVocabularies().data
  const [text, setText] = useState(search.q ?? '')
  useEffect(() => setText(search.q ?? ''), [search.q])
  const query = { q: search.q, county: search.county, industryChain: search.industryChain, needType: search.needType }
  const needs = useInfiniteQuery({
    queryKey: ['needs', 'hall', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => data(api.GET('/api/v1/needs', { params: { query: { ...clean(query), limit: 24, ...(pageParam ? { cursor: pageParam } : {}) } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  })
  const filtered = Object.values(query).some(Boolean)
  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[8, 8]}>
          <Col xs={24} md={8}>
            <Input.Search value={text} onChange={(e) => setText(e.target.value)} onSearch={(q) => set({ q: q.trim() || undefined })} allowClear enterButton={<SearchOutlined aria-label={t('搜索', 'Search')} />}
              placeholder={t('搜索标题、描述、关键词', 'Search titles, text, keywords')} aria-label={t('搜索需求', 'Search needs')} />
          </Col>
          <Col xs={12} md={5}>
            <Select style={{ width: '100%' }} allowClear showSearch placeholder={t('产业链', 'Chain')} aria-label={t('按产业链筛选', 'Filter by chain')} value={search.industryChain}
              options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} onChange={(c?: string) => set({ industryChain: c })} />
          </Col>
          <Col xs={12} md={5}>
            <Select style={{ width: '100%' }} allowClear showSearch placeholder={t('县市区', 'County')} aria-label={t('按县市区筛选', 'Filter by county')} value={search.county}
              options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} onChange={(c?: string) => set({ county: c })} />
          </Col>
          <Col xs={24} md={6}>
            <Select style={{ width: '100%' }} allowClear placeholder={t('需求类型', 'Type')} aria-label={t('按需求类型筛选', 'Filter by type')} value={search.needType}
              options={choices(v?.needTypes, language)} onChange={(c?: string) => set({ needType: c })} />
          </Col>
        </Row>
      </Card>
      <QueryState query={needs}>
        {(d) => {
          const items = d.pages.flatMap((p) => p.items)
          if (items.length === 0) return <EmptyState text={filtered ? t('没有符合条件的需求，可放宽筛选条件。', 'No need fits; loosen the filters.') : t('暂无已发布的需求。', 'No published needs yet.')}
            action={filtered && <Button onClick={() => set({ q: undefined, county: undefined, industryChain: undefined, needType: undefined })}>{t('清除筛选', 'Clear filters')}</Button>} />
          return (
            <>
              <Row gutter={[12, 12]}>{items.map((n) => <Col key={n.id} xs={24} md={12} xl={8}><NeedCard need={n} /></Col>)}</Row>
              <div style={{ textAlign: 'center', marginTop: 16 }}>
                {needs.hasNextPage ? <Button loading={needs.isFetchingNextPage} onClick={() => void needs.fetchNextPage()}>{t('加载更多', 'Load more')}</Button>
                  : <Typography.Text type="secondary">{t(`共 ${items.length} 条`, `${items.length} in all`)}</Typography.Text>}
              </div>
            </>
          )
        }}
      </QueryState>
    </>
  )
}

function Ranked({ search, set }: { search: HallSearch; set: (p: Partial<HallSearch>) => void }) {
  const me = useMe().data!
  const { t } = useLanguage()
  const capabilities = useCapabilities({ organizationId: me.organizationId ?? undefined, status: 'published' } as never)
  return (
    <QueryState query={capabilities}>
      {(d) => {
        if (d.items.length === 0) return <EmptyState text={t('先发布一项服务能力，系统才能为您推荐需求。', 'Publish a capability first, and the needs it could serve appear here.')} />
        const chosen = d.items.find((c) => c.id === search.capabilityId) ?? d.items[0]!
        return (
          <>
            <Card size="small" style={{ marginBottom: 16 }}>
              <label htmlFor="hall-capability" style={{ marginInlineEnd: 8 }}>{t('按我的服务能力', 'For my capability')}</label>
              <Select id="hall-capability" style={{ minWidth: 260, maxWidth: '100%' }} value={chosen.id} onChange={(id: string) => set({ capabilityId: id })}
                options={d.items.map((c) => ({ value: c.id, label: c.title }))} />
            </Card>
            <NeedCandidates capabilityId={chosen.id} limit={20} />
          </>
        )
      }}
    </QueryState>
  )
}
