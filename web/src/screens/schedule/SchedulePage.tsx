import { CalendarOutlined, CopyOutlined } from '@ant-design/icons'
import { useMutation } from '@tanstack/react-query'
import { Link, useNavigate, useSearch } from '@tanstack/react-router'
import { App, Button, Card, Col, Input, Row, Segmented, Space, Typography } from 'antd'
import { api, data } from '../../api/client'
import { useMe } from '../../api/queries'
import { EmptyState, PageTitle, QueryState } from '../../features/common/states'
import { SessionCard } from '../../features/sessions/SessionCard'
import { upcoming, useMySessions, type MySession } from '../../features/sessions/sessions.queries'
import { useLanguage } from '../../i18n/language'
import { formatDay } from '../../app/format'
import { useEvents } from '../../features/events/events.queries'

/** 我的日程: my sessions (or, for a society's secretary, those of the organisation's experts), coming and past. */
export function SchedulePage() {
  const me = useMe().data!
  const { t } = useLanguage()
  const { scope } = useSearch({ from: '/signed-in/schedule' })
  const navigate = useNavigate({ from: '/schedule' })
  const sessions = useMySessions(scope ?? 'mine')
  return (
    <>
      <PageTitle title={t('我的日程', 'My sessions')} sub={t('时间均为活动所在地时间（北京时间）', 'Times are the event’s own (Beijing time)')}
        extra={me.organizationId && <Segmented value={scope ?? 'mine'} onChange={(v) => void navigate({ search: v === 'organization' ? { scope: 'organization' } : {} })}
          options={[{ value: 'mine', label: t('我的', 'Mine') }, { value: 'organization', label: me.role === 'provider' ? t('本机构专家', 'Our experts') : t('本机构', 'Our organisation') }]} />} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <QueryState query={sessions}>
            {(d) => <SessionLists items={d.items} me={me.personId} organizationId={me.organizationId} />}
          </QueryState>
        </Col>
        <Col xs={24} lg={8}><MyEventsCard /><CalendarFeedCard /></Col>
      </Row>
    </>
  )
}

function SessionLists({ items, me, organizationId }: { items: MySession[]; me: string; organizationId: string | null }) {
  const { t } = useLanguage()
  const coming = upcoming(items)
  const past = items.filter((s) => !coming.includes(s)).reverse()
  const list = (sessions: MySession[]) => <Row gutter={[12, 12]}>{sessions.map((s) => <Col key={s.id} xs={24} xl={12}><SessionCard session={s} me={me} organizationId={organizationId} /></Col>)}</Row>
  if (items.length === 0) return <EmptyState text={t('暂无对接会。科协工作人员安排后，您会收到邀请邮件，也会显示在这里。', 'No sessions yet. When the association arranges one, the invitation comes by e-mail and shows here.')} />
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <section aria-labelledby="coming">
        <Typography.Title level={2} id="coming" style={{ fontSize: 18 }}>{t('即将进行', 'Coming')}（{coming.length}）</Typography.Title>
        {coming.length ? list(coming) : <Typography.Text type="secondary">{t('没有即将进行的对接会', 'Nothing coming')}</Typography.Text>}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past">
          <Typography.Title level={2} id="past" style={{ fontSize: 18 }}>{t('已结束或已取消', 'Past or cancelled')}（{past.length}）</Typography.Title>
          {list(past)}
        </section>
      )}
    </Space>
  )
}

/** The docking events the organisation is invited to: each opens the page where meetings are requested and answered. */
function MyEventsCard() {
  const { language, t } = useLanguage()
  const events = useEvents()
  const items = (events.data?.items ?? []).filter((e) => e.status !== 'cancelled')
  return (
    <Card title={t('受邀的对接活动', 'Events you are invited to')} style={{ marginBottom: 16 }} loading={events.isPending}>
      {items.length === 0 ? <Typography.Text type="secondary">{t('暂无受邀的活动', 'No invitations yet')}</Typography.Text> : (
        <ul className="jq-list">{items.map((e) => (
          <li key={e.id}><Link to="/events/$eventId" params={{ eventId: e.id }}>{e.title}</Link>{e.days[0] && <Typography.Text type="secondary"> · {formatDay(e.days[0].startsAt, e.timeZone, language)}</Typography.Text>}</li>
        ))}</ul>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>{t('在活动页可以约见参会的另一方、答复收到的约见、标记必须见或不必安排。', 'On an event’s page: ask the other side to meet, answer requests, and mark whom you must meet or would rather not.')}</Typography.Paragraph>
    </Card>
  )
}

/** The personal calendar feed: subscribed once in a calendar app, it keeps every session up to date. */
function CalendarFeedCard() {
  const { t } = useLanguage()
  const { message } = App.useApp()
  const feed = useMutation({ mutationFn: () => data(api.POST('/api/v1/me/calendar-feed')), onError: (e) => message.error(e.message) })
  const copy = (text: string) => navigator.clipboard?.writeText(text).then(() => message.success(t('已复制', 'Copied')), () => message.info(t('请长按链接复制', 'Press and hold to copy')))
  return (
    <Card title={<span><CalendarOutlined aria-hidden /> {t('订阅我的日程', 'Subscribe to my sessions')}</span>}>
      <Typography.Paragraph>{t('在手机日历、Outlook 或钉钉日历中订阅一次，之后的安排、改期和取消都会自动同步。', 'Subscribe once in your phone’s calendar, Outlook or DingTalk; every change follows by itself.')}</Typography.Paragraph>
      {feed.data ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" href={feed.data.webcal} block>{t('用日历应用打开', 'Open in the calendar app')}</Button>
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={feed.data.url} aria-label={t('订阅链接', 'Feed address')} onFocus={(e) => e.target.select()} />
            <Button icon={<CopyOutlined />} onClick={() => void copy(feed.data.url)} aria-label={t('复制链接', 'Copy the address')} />
          </Space.Compact>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('此链接即是您的日程，请勿转发。再次生成会使旧链接失效。', 'The address is your diary: keep it to yourself. Making a new one stops the old.')}</Typography.Text>
        </Space>
      ) : (
        <Button onClick={() => feed.mutate()} loading={feed.isPending} block>{t('生成订阅链接', 'Make my feed address')}</Button>
      )}
    </Card>
  )
}
