import { Alert, Button, Collapse, Space, Table, Tag } from 'antd'
import type { Proposal } from '../../../features/events/events.queries'
import { useT } from '../../../i18n/language'

// What the scheduler proposes, said so a coordinator can judge it before applying: how much of what
// was asked it holds, against what no timetable could beat; why each meeting left out is left out;
// and, per participant, how many of their meetings (and of the requests they accepted) it placed.

export const PRIORITY = {
  request: { zh: '约见', en: 'Request', color: 'magenta' },
  must_meet: { zh: '必须见', en: 'Must meet', color: 'gold' },
  shortlisted: { zh: '入围', en: 'Shortlisted', color: 'default' },
} as const

export function ProposalSummary({ proposal, onApply, onDiscard }: { proposal: Proposal; onApply: () => void; onDiscard: () => void }) {
  const t = useT()
  const { placed, bound } = proposal.value
  const part = (key: 'request' | 'must_meet' | 'shortlisted', zh: string, en: string) => `${t(zh, en)} ${placed[key]}${bound ? `/${bound[key]}` : ''}`
  const shortOf = proposal.participants.filter((p) => p.placed < p.meetings)
  return (
    <Alert type="info" showIcon role="status"
      title={t(`方案：安排 ${proposal.sessions.length} 场，用 ${proposal.slotsUsed} 个时段（理论下界 ${proposal.lowerBound}）${proposal.dropped.length ? `，${proposal.dropped.length} 场无法安排` : ''}`,
        `Proposal: ${proposal.sessions.length} sessions in ${proposal.slotsUsed} slots (bound ${proposal.lowerBound})${proposal.dropped.length ? `, ${proposal.dropped.length} cannot be placed` : ''}`)}
      description={<>
        <p style={{ margin: '0 0 4px' }}>
          {[part('request', '约见', 'requests'), part('must_meet', '必须见', 'must-meets'), part('shortlisted', '入围', 'shortlisted')].join(' · ')}
          {t(` · 匹配分合计 ${placed.score}`, ` · score ${placed.score}`)}{bound ? t(`（上界 ${bound.score}）`, ` (bound ${bound.score})`) : ''}
        </p>
        <p style={{ margin: '0 0 4px' }}>
          {proposal.proven.slots ? t('时段数已是最少（等于下界）', 'Slots: the fewest possible (at the lower bound)') : t(`时段数比下界多 ${proposal.slotsUsed - proposal.lowerBound} 个`, `Slots: ${proposal.slotsUsed - proposal.lowerBound} above the lower bound`)}
          {' · '}{proposal.proven.value ? t('安排的场次已是最多（等于上界）', 'Meetings: the most possible (at the bound)') : bound ? t('安排的场次未必最多（低于上界）', 'Meetings: below the bound, maybe not the most') : ''}
        </p>
        <p style={{ margin: '0 0 4px' }}>{bound
          ? t('“/”后是上界：只看每人可参加的场次和桌位×时段总数，任何方案都排不进更多（先比约见，再比必须见，再比匹配分）。', 'After “/” is the bound: counting only each person’s limit and the table-slots, no timetable holds more (requests first, then must-meets, then score).')
          : t('一对多洽谈时不计算上界。', 'No bound is computed with group sessions.')}</p>
        {t('黄色虚线卡片是方案中的安排，应用前不会改动任何记录；已固定和已确认的对接会保持不动。', 'Dashed cards are the proposal; nothing changes until applied. Pinned and confirmed sessions stay.')}
        {proposal.dropped.length > 0 && (
          <ul className="jq-list">{proposal.dropped.map((d) => (
            <li key={`${d.needId}/${d.capabilityId}`}><Tag color={PRIORITY[d.priority].color}>{t(PRIORITY[d.priority].zh, PRIORITY[d.priority].en)}</Tag>{d.needTitle} ↔ {d.capabilityTitle}：{d.explanation}</li>
          ))}</ul>
        )}
        {proposal.participants.length > 0 && (
          <Collapse ghost size="small" items={[{
            key: 'people',
            label: shortOf.length ? t(`每位参会人的安排（${shortOf.length} 人未全部排上）`, `Per participant (${shortOf.length} not fully placed)`) : t('每位参会人的安排（全部排上）', 'Per participant (all placed)'),
            children: (
              <Table size="small" rowKey="personId" pagination={false} scroll={{ y: 240 }} dataSource={[...shortOf, ...proposal.participants.filter((p) => p.placed >= p.meetings)]}
                columns={[
                  { title: t('参会人', 'Person'), dataIndex: 'name', render: (name: string, p) => <>{name}<br /><small>{p.organizationName}</small></> },
                  { title: t('安排 / 应安排', 'Placed / asked'), render: (_, p) => `${p.placed} / ${p.meetings}` },
                  { title: t('约见已排 / 已接受', 'Requests placed / accepted'), render: (_, p) => (p.requests ? `${p.requestsPlaced} / ${p.requests}` : '—') },
                ]} />
            ),
          }]} />
        )}
      </>}
      action={<Space orientation="vertical"><Button type="primary" onClick={onApply}>{t('应用方案', 'Apply')}</Button><Button onClick={onDiscard}>{t('放弃', 'Discard')}</Button></Space>} />
  )
}
