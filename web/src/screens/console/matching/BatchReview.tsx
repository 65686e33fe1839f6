import { useMutation } from '@tanstack/react-query'
import { Button, Card, Col, Row, Select, Space, Table, Tag } from 'antd'
import { useState, type Key } from 'react'
import { api, data, type Schemas } from '../../../api/client'
import { useVocabularies } from '../../../api/queries'
import { ProblemAlert } from '../../../features/common/states'
import { Muted } from '../../../features/common/text'
import type { Filters } from '../../../features/console/url-filters'
import { useEvents } from '../../../features/events/events.queries'
import { strength } from '../../../features/needs/Suggestions'
import { useLanguage } from '../../../i18n/language'
import { useDecide, type Decision } from './decide'

type Batch = Schemas['BatchMatchResult']
interface PairRow { key: string; needId: string; capabilityId: string; needTitle: string; enterpriseName: string; title: string; providerName: string; score: number; band: Schemas['CapabilityCandidate']['band']; noneFits: boolean; reasons: Schemas['MatchReason'][]; first: boolean; span: number }

/** Batch matching for an event, a county or a chain, reviewed as one table: one row a pair, shortlisted in bulk. */
export function BatchReview({ filters, set }: { filters: Filters<'eventId' | 'county' | 'industryChain'>; set: (p: Partial<Record<'eventId' | 'county' | 'industryChain', string | undefined>>) => void }) {
  const { t } = useLanguage()
  const v = useVocabularies().data
  const events = useEvents()
  const decide = useDecide()
  const [selected, setSelected] = useState<Key[]>([])
  const run = useMutation({
    mutationFn: async (): Promise<Batch> => {
      const event = events.data?.items.find((e) => e.id === filters.eventId)
      // For an event: the open needs of its invited enterprises (at most 500, the batch's limit), found through the event's county.
      let needIds: string[] | undefined
      if (event) {
        const invited = new Set(event.invitedOrganizationIds)
        needIds = []
        for (let cursor: string | undefined, page = 0; page < 50 && needIds.length < 500; page++) {
          const needs = await data(api.GET('/api/v1/needs', { params: { query: { county: event.county, limit: 100, ...(cursor ? { cursor } : {}) } as never } }))
          needIds.push(...needs.items.filter((n) => n.view === 'full' && invited.has(n.organizationId) && !['draft', 'resolved', 'closed', 'withdrawn'].includes(n.status)).map((n) => n.id))
          if (!needs.nextCursor) break
          cursor = needs.nextCursor
        }
        needIds = needIds.slice(0, 500)
        if (needIds.length === 0) return { items: [], capabilitiesConsidered: 0 }
      }
      return data(api.POST('/api/v1/matching/batch', { body: { ...(needIds ? { needIds } : { ...(filters.county ? { county: filters.county } : {}), ...(filters.industryChain ? { industryChain: filters.industryChain } : {}) }), limit: 3 } }))
    },
    onSuccess: () => setSelected([]),
  })
  const rows: PairRow[] = (run.data?.items ?? []).flatMap((n) => n.candidates.map((c, i) => ({
    key: `${n.needId}/${c.capabilityId}`, needId: n.needId, capabilityId: c.capabilityId, needTitle: n.title, enterpriseName: n.enterpriseName, title: c.title, providerName: c.providerName, score: c.score, band: c.band, noneFits: n.advice.verdict === 'none', reasons: c.reasons, first: i === 0, span: n.candidates.length,
  })))
  const bulk = async (status: Decision) => {
    const pairs = rows.filter((r) => selected.includes(r.key)).map(({ needId, capabilityId }) => ({ needId, capabilityId }))
    if (await decide(pairs, status)) setSelected([])
  }
  const ready = !!(filters.eventId || filters.county || filters.industryChain)
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[8, 8]} align="middle">
          <Col xs={24} md={8}><Select allowClear style={{ width: '100%' }} placeholder={t('对接活动', 'Event')} aria-label={t('按对接活动', 'For an event')} value={filters.eventId}
            onChange={(eventId?: string) => set({ eventId, county: undefined, industryChain: undefined })} options={(events.data?.items ?? []).filter((e) => e.status !== 'cancelled').map((e) => ({ value: e.id, label: e.title }))} /></Col>
          <Col xs={12} md={5}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('或：县市区', 'or: county')} aria-label={t('按县市区', 'For a county')} value={filters.county} disabled={!!filters.eventId}
            onChange={(county?: string) => set({ county })} options={(v?.counties ?? []).map((c) => ({ value: c, label: c }))} /></Col>
          <Col xs={12} md={5}><Select allowClear showSearch style={{ width: '100%' }} placeholder={t('或：产业链', 'or: chain')} aria-label={t('按产业链', 'For a chain')} value={filters.industryChain} disabled={!!filters.eventId}
            onChange={(industryChain?: string) => set({ industryChain })} options={(v?.industryChains ?? []).map((c) => ({ value: c, label: c }))} /></Col>
          <Col xs={24} md={6}><Button type="primary" disabled={!ready} loading={run.isPending} onClick={() => run.mutate()}>{t('批量匹配', 'Match them')}</Button></Col>
        </Row>
      </Card>
      {run.error && <ProblemAlert error={run.error} retry={() => run.mutate()} />}
      {run.data && (
        <Card size="small" title={t(`${run.data.items.length} 项需求，比较了 ${run.data.capabilitiesConsidered} 项服务能力`, `${run.data.items.length} needs against ${run.data.capabilitiesConsidered} capabilities`)}>
          <Space style={{ marginBottom: 8 }} wrap>
            <Muted>{t(`已选 ${selected.length} 对`, `${selected.length} selected`)}</Muted>
            <Button size="small" onClick={() => setSelected(rows.filter((r) => r.first && r.band !== 'weak').map((r) => r.key))}>{t('选中每项需求的首选（非弱）', 'Pick each need’s first (not weak)')}</Button>
            <Button type="primary" disabled={!selected.length} onClick={() => void bulk('shortlisted')}>{t('入围', 'Shortlist')}</Button>
            <Button danger disabled={!selected.length} onClick={() => void bulk('rejected')}>{t('否决…', 'Reject…')}</Button>
          </Space>
          <Table<PairRow> size="small" rowKey="key" pagination={false} dataSource={rows} aria-label={t('批量匹配结果', 'Batch result')} scroll={{ x: 'max-content' }}
            rowSelection={{ selectedRowKeys: selected, onChange: setSelected, getCheckboxProps: (r) => ({ 'aria-label': t(`选择：${r.needTitle} ↔ ${r.title}`, `Select: ${r.needTitle} ↔ ${r.title}`) }) }}
            columns={[
              { title: t('技术需求', 'Need'), key: 'need', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }), render: (_, r) => <><strong>{r.needTitle}</strong><br /><Muted>{r.enterpriseName}</Muted>{r.noneFits && <><br /><Tag color="warning">{t('目前没有合适的服务方', 'No suitable provider yet')}</Tag></>}</> },
              { title: t('服务能力', 'Capability'), key: 'cap', render: (_, r) => <>{r.title}<br /><Muted>{r.providerName}</Muted></> },
              { title: t('匹配度', 'Score'), key: 'score', render: (_, r) => { const b = strength(r.band, t); return <><Tag color={b.color}>{b.text}</Tag>{Math.round(r.score * 100)}</> } },
              { title: t('主要理由', 'Main reasons'), key: 'why', render: (_, r) => r.reasons.filter((x) => x.contribution > 0).slice(0, 2).map((x) => x.text).join('；') },
            ]} />
        </Card>
      )}
    </>
  )
}
