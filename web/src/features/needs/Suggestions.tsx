import { Card, Col, Progress, Row, Space, Tag, Typography } from 'antd'
import type { Schemas } from '../../api/client'
import { useLanguage, type Translate } from '../../i18n/language'
import { EmptyState, QueryState } from '../common/states'
import { useNeedMatches } from './needs.queries'

type Band = Schemas['CapabilityCandidate']['band']

/** How sure the matcher is of a suggestion (bands calibrated by the service), in words beside the number. */
export function strength(band: Band, t: Translate) {
  if (band === 'strong') return { text: t('强', 'strong'), color: 'green' }
  if (band === 'medium') return { text: t('中', 'fair'), color: 'blue' }
  return { text: t('弱', 'weak'), color: 'default' }
}

/** The service's verdict on a list when nothing in it is strong: what it means and what to do. */
export function AdviceNotice({ advice }: { advice: Schemas['MatchAdvice'] }) {
  if (advice.verdict === 'good') return null
  return (
    <div role="status" style={{ marginBottom: 12, color: '#8a6d00' }}>
      <Typography.Text strong style={{ color: 'inherit' }}>{advice.message}</Typography.Text>
      {advice.actions.length > 0 && <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>{advice.actions.map((a) => <li key={a}>{a}</li>)}</ul>}
    </div>
  )
}

export function ScoreLine({ score, band: b, reasons }: { score: number; band: Band; reasons: Schemas['MatchReason'][] }) {
  const { t } = useLanguage()
  const band = strength(b, t)
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Tag color={band.color}>{t('匹配度', 'Match')} {band.text}</Tag>
        <Progress percent={Math.round(score * 100)} size="small" style={{ flex: 1, margin: 0 }} aria-label={t(`匹配分 ${Math.round(score * 100)}`, `score ${Math.round(score * 100)}`)} />
      </div>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {reasons.filter((r) => r.contribution > 0).map((r, i) => <li key={i}><Typography.Text style={{ fontSize: 13 }}>{r.text}</Typography.Text></li>)}
      </ul>
    </Space>
  )
}

/** What the association decided about a suggestion, if anything. */
export function DecisionTag({ decision }: { decision: { status: string } | null }) {
  const { t } = useLanguage()
  if (!decision) return null
  const text = decision.status === 'shortlisted' ? t('科协已入围', 'Shortlisted by the association') : decision.status === 'accepted' ? t('已采纳', 'Accepted') : t('已否决', 'Rejected')
  return <Tag style={{ marginTop: 8 }}>{text}</Tag>
}

/** Suggestions as cards, two abreast on a desk, one on a phone; said plainly when none is strong. */
export function CandidateCards<T extends { score: number; band: Band; reasons: Schemas['MatchReason'][]; decision: { status: string } | null }>(
  { items, advice, card }: { items: T[]; advice: Schemas['MatchAdvice']; card: (c: T) => { key: string; title: React.ReactNode; subtitle: React.ReactNode } },
) {
  return (
    <>
      <AdviceNotice advice={advice} />
      <Row gutter={[12, 12]}>{items.map((c) => {
        const { key, title, subtitle } = card(c)
        return (
          <Col key={key} xs={24} md={12}>
            <Card size="small" style={{ height: '100%' }} title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{subtitle}</Typography.Paragraph>
              <ScoreLine score={c.score} band={c.band} reasons={c.reasons} />
              <DecisionTag decision={c.decision} />
            </Card>
          </Col>
        )
      })}</Row>
    </>
  )
}

/** The providers the matching suggests for a need, best first, with its reasons in plain words. */
export function Suggestions({ needId }: { needId: string }) {
  const { t } = useLanguage()
  const matches = useNeedMatches(needId, true)
  return (
    <QueryState query={matches}>
      {(d) => {
        const { items, advice } = d as { items: Schemas['CapabilityCandidate'][]; advice: Schemas['MatchAdvice'] }
        if (items.length === 0) return <><AdviceNotice advice={advice} /><EmptyState text={t('暂未找到合适的服务方。可补充关键词和技术领域，或联系科协工作人员为您定向邀请。', 'No suitable provider yet. Add keywords and fields, or ask the association to invite providers for you.')} /></>
        return <CandidateCards items={items} advice={advice}
          card={(c) => ({ key: c.capabilityId, title: c.capability.title, subtitle: c.providerName ?? t('服务方仅公开摘要', 'Provider shows a summary only') })} />
      }}
    </QueryState>
  )
}
