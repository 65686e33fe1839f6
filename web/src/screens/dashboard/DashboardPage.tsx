import { BellOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Card, Col, Row, Statistic } from 'antd'
import { useMe, type Me } from '../../api/queries'
import { useCapabilities } from '../../features/capabilities/capabilities.queries'
import { EmptyState, Loading, PageTitle, QueryState } from '../../features/common/states'
import { lazy, Suspense } from 'react'

// The console's home loads only for coordinators: participants' first page stays small.
const ConsoleHome = lazy(() => import('./ConsoleHome').then((m) => ({ default: m.ConsoleHome })))
import { useMeetingRequests } from '../../features/meetings/meetings.queries'
import { useNeeds } from '../../features/needs/needs.queries'
import { SessionCard } from '../../features/sessions/SessionCard'
import { upcoming, useMySessions, type MySession } from '../../features/sessions/sessions.queries'
import { useLanguage, type Translate } from '../../i18n/language'
import { sessionScope } from './dashboard.data'
import { Heading, Muted } from '../../features/common/text'

interface ToDo { key: string; text: string; to: string; search?: Record<string, string> }

/** 工作台: what is mine, what is coming, and what waits for me. */
export function DashboardPage() {
  const me = useMe().data!
  const { t } = useLanguage()
  const sessions = useMySessions(sessionScope(me))
  if (me.role === 'coordinator') return <><PageTitle title={t('工作台', 'Home')} sub={me.name} extra={<Link to="/events/new"><Button type="primary" size="large" icon={<PlusOutlined />}>{t('创建对接活动', 'New event')}</Button></Link>} /><Suspense fallback={<Loading />}><ConsoleHome /></Suspense></>
  return (
    <>
      <PageTitle title={t('工作台', 'Home')} sub={`${me.name}${me.organization ? ` · ${me.organization.name}` : ''}`}
        extra={me.role === 'enterprise' ? <Link to="/needs/new"><Button type="primary" size="large" icon={<FileAddOutlined />}>{t('发布需求', 'File a need')}</Button></Link>
          : me.role === 'provider' ? <Link to="/capabilities/new"><Button type="primary" size="large" icon={<PlusOutlined />}>{t('发布服务能力', 'Offer a capability')}</Button></Link> : null} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          {me.role === 'enterprise' && <NeedCounts me={me} />}
          {me.role === 'provider' && <CapabilityCounts me={me} />}
        </Col>
        <Col xs={24} lg={10}>
          <ToDos me={me} sessions={sessions.data?.items ?? []} t={t} />
        </Col>
        <Col span={24}>
          <Heading level={2}>{t('近期对接会', 'Coming sessions')}</Heading>
          <QueryState query={sessions}>
            {(d) => {
              const soon = upcoming(d.items).slice(0, 4)
              return soon.length === 0
                ? <EmptyState text={t('暂无已安排的对接会', 'No sessions yet')} />
                : <Row gutter={[12, 12]}>{soon.map((s) => <Col key={s.id} xs={24} md={12}><SessionCard session={s} me={me.personId} organizationId={me.organizationId} /></Col>)}</Row>
            }}
          </QueryState>
          <div style={{ marginTop: 8 }}><Link to="/schedule">{t('查看全部日程 →', 'All my sessions →')}</Link></div>
        </Col>
      </Row>
    </>
  )
}

const NEED_GROUPS = [
  { key: 'draft', zh: '草稿', en: 'Drafts', statuses: ['draft'] },
  { key: 'open', zh: '征集对接中', en: 'Open', statuses: ['published', 'matched', 'shortlisted'] },
  { key: 'docking', zh: '对接中', en: 'In sessions', statuses: ['scheduled', 'held', 'intention', 'agreement'] },
  { key: 'resolved', zh: '已解决', en: 'Resolved', statuses: ['resolved'] },
]

function NeedCounts({ me }: { me: Me }) {
  const { t } = useLanguage()
  const needs = useNeeds({ organizationId: me.organizationId! })
  return (
    <Card title={t('我的需求', 'My needs')} extra={<Link to="/needs">{t('全部', 'All')}</Link>}>
      <QueryState query={needs} rows={2}>
        {(d) => (
          <Row gutter={[12, 12]}>
            {NEED_GROUPS.map((g) => (
              <Col key={g.key} xs={12} sm={6}>
                <Link to="/needs" search={g.key === 'draft' ? { status: 'draft' } : {}}>
                  <Statistic title={t(g.zh, g.en)} value={d.items.filter((n) => g.statuses.includes(n.status)).length} />
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
    </Card>
  )
}

function CapabilityCounts({ me }: { me: Me }) {
  const { t } = useLanguage()
  const capabilities = useCapabilities({ organizationId: me.organizationId! })
  return (
    <Card title={t('我的服务能力', 'My capabilities')} extra={<Link to="/capabilities">{t('全部', 'All')}</Link>}>
      <QueryState query={capabilities} rows={2}>
        {(d) => (
          <Row gutter={[12, 12]}>
            {[['published', '已发布', 'Published'], ['draft', '草稿', 'Drafts'], ['archived', '已归档', 'Archived']].map(([code, zh, en]) => (
              <Col key={code} xs={8}><Statistic title={t(zh!, en!)} value={d.items.filter((c) => c.status === code).length} /></Col>
            ))}
            <Col span={24}><Link to="/hall" search={{ view: 'ranked' }}>{t('查看我的能力可解决的需求 →', 'Needs my capabilities could serve →')}</Link></Col>
          </Row>
        )}
      </QueryState>
    </Card>
  )
}

function ToDos({ me, sessions, t }: { me: Me; sessions: MySession[]; t: Translate }) {
  // The same query as the counts beside it: one request, its drafts picked out here.
  const needs = useNeeds({ organizationId: me.organizationId ?? '' }, me.role === 'enterprise')
  const requests = useMeetingRequests({ status: 'pending' })
  const items: ToDo[] = []
  for (const s of upcoming(sessions)) {
    const answerable = s.myResponse === 'needs_action' || (s.myResponse === null && s.attendees.some((a) => a.organizationId === me.organizationId && a.response === 'needs_action'))
    if (answerable && ['confirmed', 'rescheduled'].includes(s.status)) items.push({ key: `answer-${s.id}`, text: t(`答复邀请：${s.event.title}（${s.needTitle}）`, `Answer the invite: ${s.event.title} (${s.needTitle})`), to: '/schedule' })
  }
  for (const s of sessions) {
    if (s.followUp?.url && !s.followUp.answered) items.push({ key: `follow-${s.id}`, text: t(`填写会后回访：${s.needTitle}`, `Fill in the follow-up: ${s.needTitle}`), to: '/schedule' })
  }
  for (const r of (requests.data?.items ?? []).filter((x) => x.direction === 'incoming')) {
    items.push({ key: `request-${r.id}`, text: t(`答复约见：${r.from.name}（${r.eventTitle}）`, `Answer a meeting request: ${r.from.name} (${r.eventTitle})`), to: `/events/${r.eventId}` })
  }
  for (const n of (needs.data?.items ?? []).filter((x) => x.status === 'draft')) items.push({ key: `draft-${n.id}`, text: t(`草稿待发布：${n.title}`, `Draft to publish: ${n.title}`), to: `/needs/${n.id}` })
  return (
    <Card title={<span><BellOutlined aria-hidden /> {t('待办', 'To do')}</span>}>
      {items.length === 0 ? <Muted>{t('没有待办事项', 'Nothing waiting for you')}</Muted> : (
        <ul className="jq-list">{items.map((item) => <li key={item.key}><Link to={item.to}>{item.text}</Link></li>)}</ul>
      )}
    </Card>
  )
}
