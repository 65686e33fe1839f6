import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Button, Card, Empty, Space, Table, Tag } from 'antd'
import { useState, type Key } from 'react'
import type { Schemas } from '../../../api/client'
import { ProblemAlert } from '../../../features/common/states'
import { Muted } from '../../../features/common/text'
import { AdviceNotice, DecisionTag, strength } from '../../../features/needs/Suggestions'
import { useLanguage } from '../../../i18n/language'
import { needMatchesQuery } from '../console.data'
import { useDecide, type Decision } from './decide'
import { NeedPicker } from './NeedPicker'

type Candidate = Schemas['CapabilityCandidate']

/** One need's ranked capabilities, each with its score and reasons; decided one by one or many at once. */
export function NeedRanking({ needId, setNeed }: { needId?: string | undefined; setNeed: (id: string | undefined) => void }) {
  const { t } = useLanguage()
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}><NeedPicker needId={needId} onChange={setNeed} /></Card>
      {needId ? <Ranking needId={needId} /> : <Card><Empty description={t('选择一项技术需求，查看推荐的服务能力', 'Choose a need to see the capabilities suggested for it')} /></Card>}
    </>
  )
}


function Ranking({ needId }: { needId: string }) {
  const { t } = useLanguage()
  const matches = useQuery(needMatchesQuery(needId))
  const decide = useDecide()
  const [selected, setSelected] = useState<Key[]>([])
  if (matches.error) return <ProblemAlert error={matches.error} retry={() => void matches.refetch()} />
  const items = matches.data?.items ?? []
  const bulk = async (status: Decision) => {
    if (await decide(selected.map((capabilityId) => ({ needId, capabilityId: String(capabilityId) })), status)) setSelected([])
  }
  return (
    <Card size="small" title={t(`推荐的服务能力（${items.length}）`, `Suggested capabilities (${items.length})`)} extra={<Link to="/needs/$needId" params={{ needId }}>{t('需求详情与变更记录 →', 'The need and its history →')}</Link>}>
      {matches.data && <AdviceNotice advice={matches.data.advice} />}
      <Space style={{ marginBottom: 8 }} wrap>
        <Muted>{t(`已选 ${selected.length} 项`, `${selected.length} selected`)}</Muted>
        <Button type="primary" disabled={!selected.length} onClick={() => void bulk('shortlisted')}>{t('入围', 'Shortlist')}</Button>
        <Button disabled={!selected.length} onClick={() => void bulk('accepted')}>{t('采纳', 'Accept')}</Button>
        <Button danger disabled={!selected.length} onClick={() => void bulk('rejected')}>{t('否决…', 'Reject…')}</Button>
      </Space>
      <Table<Candidate> size="small" rowKey="capabilityId" loading={matches.isPending} pagination={false} dataSource={items} aria-label={t('推荐的服务能力', 'Suggested capabilities')}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected, getCheckboxProps: (c) => ({ 'aria-label': t(`选择：${c.capability.title}`, `Select: ${c.capability.title}`) }) }}
        locale={{ emptyText: t('没有可推荐的服务能力', 'Nothing to suggest') }}
        columns={[
          { title: '#', key: 'rank', width: 44, render: (_, __, i) => i + 1 },
          { title: t('服务能力', 'Capability'), key: 'title', render: (_, c) => <><strong>{c.capability.title}</strong><br /><Muted>{c.providerName ?? t('（仅公开摘要）', '(summary only)')}</Muted></> },
          { title: t('匹配度', 'Score'), key: 'score', width: 110, render: (_, c) => { const b = strength(c.band, t); return <><Tag color={b.color}>{b.text}</Tag>{Math.round(c.score * 100)}</> } },
          { title: t('理由（各项分值相加即总分）', 'Reasons (their points add up to the score)'), key: 'reasons', render: (_, c) => (
            <ul className="jq-list" style={{ lineHeight: 1.6 }}>{c.reasons.filter((r) => r.contribution > 0).map((r, i) => <li key={i}>{r.text} <Muted>+{Math.round(r.contribution * 100)}</Muted></li>)}</ul>
          ) },
          { title: t('决定', 'Decision'), key: 'decision', width: 120, render: (_, c) => <DecisionTag decision={c.decision} /> },
        ]} />
    </Card>
  )
}
