import { BellOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Badge, Card, Col, Row, Statistic } from 'antd'
import { api, data } from '../../api/client'
import { FIGURES, STAGE_EN, STAGE_STATUS, thisYear } from '../../features/console/figures'
import { QueryState } from '../../features/common/states'
import { Heading, Muted } from '../../features/common/text'
import { useLanguage } from '../../i18n/language'
import { formatDay } from '../../app/format'
import { eventsQuery } from '../../features/events/events.queries'
import { funnelQuery } from '../console/console.data'

/** The coordinator's 工作台: the year's funnel, what waits for them, and the events to come. */
export function ConsoleHome() {
  const { t } = useLanguage()
  const period = thisYear()
  const funnel = useQuery(funnelQuery(period))
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card title={t(`${period.from.slice(0, 4)} 年对接漏斗`, `${period.from.slice(0, 4)} funnel`)} extra={<Link to="/figures">{t('全部统计 →', 'All figures →')}</Link>}>
          <QueryState query={funnel} rows={2}>
            {(d) => (
              <Row gutter={[12, 12]}>
                {d.items.map((s) => (
                  <Col key={s.stage} xs={12} md={6} xl={3}>
                    <Link to="/catalogue/needs" search={STAGE_STATUS[s.stage] ? { status: STAGE_STATUS[s.stage] } : {}} aria-label={t(`${s.label}：${s.count} 项需求`, `${STAGE_EN[s.stage]}: ${s.count} needs`)}>
                      <Statistic title={t(s.label, STAGE_EN[s.stage] ?? s.stage)} value={s.count} />
                      {s.conversion !== null && <Muted>{t('转化', 'conv.')} {Math.round(s.conversion * 100)}%</Muted>}
                    </Link>
                  </Col>
                ))}
              </Row>
            )}
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} lg={12}><ToDos /></Col>
      <Col xs={24} lg={12}><NextEvents /></Col>
      <Col span={24}><Muted>{t(`统计口径见「统计」页：${FIGURES.length} 项数字，各有定义。`, `Definitions of all ${FIGURES.length} figures are on “Figures”.`)}</Muted></Col>
    </Row>
  )
}

/** How many items a list has (up to its page), and whether there are more. */
const useCount = (key: string, fetch: () => Promise<{ items: unknown[]; nextCursor?: string | null }>) =>
  useQuery({ queryKey: ['todo', key], queryFn: fetch, select: (d) => ({ n: d.items.length, more: !!d.nextCursor }) }).data

function ToDos() {
  const { t } = useLanguage()
  const filed = useCount('filed', () => data(api.GET('/api/v1/needs', { params: { query: { status: 'published', limit: 100 } } })))
  const shortlisted = useCount('shortlisted', () => data(api.GET('/api/v1/needs', { params: { query: { status: 'shortlisted', limit: 100 } } })))
  const followUps = useCount('follow-ups', () => data(api.GET('/api/v1/follow-ups', { params: { query: { unconfirmed: 'true' } } })))
  const unanswered = useCount('unanswered', () => data(api.GET('/api/v1/follow-ups', { params: { query: { answered: 'false' } } })))
  // Sessions of the coming events still waiting for someone's answer to the invite.
  const unansweredSessions = useQuery({
    queryKey: ['todo', 'answers'],
    queryFn: async () => {
      const events = (await data(api.GET('/api/v1/events'))).items.filter((e) => e.status !== 'cancelled' && Date.parse(e.days.at(-1)!.endsAt) > Date.now()).slice(0, 5)
      const lists = await Promise.all(events.map((e) => data(api.GET('/api/v1/events/{id}/sessions', { params: { path: { id: e.id } } }))))
      const waiting = lists.flatMap((l, i) => l.items.filter((x) => ['confirmed', 'rescheduled'].includes(x.status) && x.attendees.some((a) => a.response === 'needs_action')).map(() => events[i]!.id))
      return { n: waiting.length, more: false, eventId: waiting[0] }
    },
  }).data
  const failed = useCount('failed', () => data(api.GET('/api/v1/outbox', { params: { query: { status: 'failed', limit: 100 } } })))
  const rows: { key: string; zh: string; en: string; n?: { n: number; more: boolean }; link: React.ReactNode }[] = [
    { key: 'filed', zh: '已发布、尚未审核匹配的需求', en: 'Needs filed, matches not reviewed', n: filed, link: <Link to="/catalogue/needs" search={{ status: 'published' }}>{t('去审核', 'Review')}</Link> },
    { key: 'shortlisted', zh: '已入围、尚未安排对接会的需求', en: 'Shortlisted needs with no session', n: shortlisted, link: <Link to="/events">{t('去排程', 'Schedule')}</Link> },
    { key: 'answers', zh: '有人尚未答复邀请的对接会', en: 'Sessions with an invite unanswered', n: unansweredSessions, link: unansweredSessions?.eventId ? <Link to="/events/$eventId" params={{ eventId: unansweredSessions.eventId }}>{t('查看', 'See')}</Link> : null },
    { key: 'follow-ups', zh: '已答复、待确认的回访', en: 'Follow-up answers to confirm', n: followUps, link: <Link to="/outcomes">{t('去确认', 'Confirm')}</Link> },
    { key: 'unanswered', zh: '尚未答复的回访', en: 'Follow-ups unanswered', n: unanswered, link: <Link to="/outcomes">{t('查看', 'See')}</Link> },
    { key: 'failed', zh: '发送失败的邮件', en: 'Mail that failed', n: failed, link: <Link to="/mail" search={{ status: 'failed' }}>{t('去重发', 'Resend')}</Link> },
  ]
  return (
    <Card title={<span><BellOutlined aria-hidden /> {t('待办', 'To do')}</span>}>
      <ul className="jq-todo">
        {rows.map((r) => (
          <li key={r.key} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Badge count={r.n ? `${r.n.n}${r.n.more ? '+' : ''}` : 0} showZero color={r.n?.n ? (r.key === 'failed' ? '#c0392b' : '#ad6800') : '#6b6b6b'} />
            <span style={{ flex: 1 }}>{t(r.zh, r.en)}</span>
            {!!r.n?.n && r.link}
          </li>
        ))}
      </ul>
    </Card>
  )
}

function NextEvents() {
  const { language, t } = useLanguage()
  const events = useQuery(eventsQuery)
  return (
    <Card title={t('近期对接活动', 'Coming events')} extra={<Link to="/events">{t('全部活动', 'All events')}</Link>}>
      <QueryState query={events} rows={3}>
        {(d) => {
          const now = Date.now()
          const soon = d.items.filter((e) => e.status !== 'cancelled' && Date.parse(e.days.at(-1)!.endsAt) > now).sort((a, b) => a.days[0]!.startsAt.localeCompare(b.days[0]!.startsAt)).slice(0, 5)
          if (soon.length === 0) return <Muted>{t('没有即将举行的活动', 'No events to come')}</Muted>
          return (
            <ul className="jq-list">
              {soon.map((e) => (
                <li key={e.id}>
                  <Heading level={2} style={{ fontSize: 15, margin: 0 }}><Link to="/events/$eventId" params={{ eventId: e.id }}>{e.title}</Link></Heading>
                  <Muted>{formatDay(e.days[0]!.startsAt, e.timeZone, language)}{e.days.length > 1 ? t(` 起 ${e.days.length} 天`, ` (${e.days.length} days)`) : ''} · {e.county} · {t(`${e.invitedOrganizationIds.length} 家受邀`, `${e.invitedOrganizationIds.length} invited`)}</Muted>
                </li>
              ))}
            </ul>
          )
        }}
      </QueryState>
    </Card>
  )
}
