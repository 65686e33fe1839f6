import { useParams } from '@tanstack/react-router'
import { Alert, Card, Col, Descriptions, Row, Tag } from 'antd'
import { useMe, type Me } from '../../api/queries'
import { formatDay, formatTime, zoneName } from '../../app/format'
import { useCapabilities } from '../../features/capabilities/capabilities.queries'
import { PageTitle, QueryState } from '../../features/common/states'
import { EVENT_STATUS, KIND, useEvent, type EventView } from '../../features/events/events.queries'
import { useMeetingRequests, useParticipants } from '../../features/meetings/meetings.queries'
import { ParticipantsList } from '../../features/meetings/ParticipantsList'
import { RequestsList } from '../../features/meetings/RequestsList'
import { useNeeds } from '../../features/needs/needs.queries'
import { useLanguage } from '../../i18n/language'
import { Muted } from '../../features/common/text'

const OPEN_NEED = new Set(['published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement'])

/** A docking event as a participant sees it: the requests to answer, those sent, and whom else to ask. */
export function ParticipantEventPage() {
  const { eventId } = useParams({ strict: false }) as { eventId: string }
  const event = useEvent(eventId)
  const me = useMe().data!
  return <QueryState query={event}>{(e) => <EventScreen event={e} me={me} />}</QueryState>
}

function EventScreen({ event, me }: { event: EventView; me: Me }) {
  const { language, t } = useLanguage()
  const kind = me.role === 'enterprise' ? 'enterprise' : 'provider'
  const requests = useMeetingRequests({ eventId: event.id })
  const participants = useParticipants(event.id)
  const needs = useNeeds({ organizationId: me.organizationId ?? undefined }, kind === 'enterprise')
  const capabilities = useCapabilities({ organizationId: me.organizationId ?? undefined, status: 'published' }, kind === 'provider')
  const ownRecords = kind === 'enterprise'
    ? (needs.data?.items ?? []).filter((n) => OPEN_NEED.has(n.status)).map((n) => ({ id: n.id, title: n.title }))
    : (capabilities.data?.items ?? []).map((c) => ({ id: c.id, title: c.title }))
  const closed = event.status === 'cancelled' || event.status === 'closed'
  const status = EVENT_STATUS[event.status]!
  const items = requests.data?.items ?? []
  const incoming = items.filter((r) => r.direction === 'incoming')
  const waiting = incoming.filter((r) => r.status === 'pending').length
  return (
    <>
      <PageTitle title={event.title}
        sub={<>{event.days.map((d) => `${formatDay(d.startsAt, event.timeZone, language)} ${formatTime(d.startsAt, event.timeZone)}–${formatTime(d.endsAt, event.timeZone)}`).join('；')} {zoneName(event.timeZone, language)}</>}
        extra={<Tag color={status.color}>{t(status.zh, status.en)}</Tag>} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} items={[
        { key: 'kind', label: t('形式', 'Kind'), children: t(KIND[event.kind]!.zh, KIND[event.kind]!.en) },
        { key: 'venue', label: t('地点', 'Venue'), children: [event.venue, event.address].filter(Boolean).join(' · ') || event.onlineUrl || '—' },
        { key: 'county', label: t('县市区', 'County'), children: event.county },
      ]} />
      {closed && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('活动已结束或取消，不能再约见', 'The event is over or cancelled: no more requests')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t(`收到的约见（${incoming.length}${waiting ? `，${waiting} 条待答复` : ''}）`, `Requests to you (${incoming.length}${waiting ? `, ${waiting} waiting` : ''})`)} loading={requests.isPending}>
            <RequestsList items={incoming} eventId={event.id} ownRecords={ownRecords} timeZone={event.timeZone} kind={kind} />
          </Card>
          <Card title={t('发出的约见', 'Requests you sent')} loading={requests.isPending} style={{ marginTop: 16 }}>
            <RequestsList items={items.filter((r) => r.direction === 'outgoing')} eventId={event.id} ownRecords={ownRecords} timeZone={event.timeZone} kind={kind} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={kind === 'enterprise' ? t('参会的服务方', 'Providers at this event') : t('参会的企业', 'Enterprises at this event')}>
            <Muted>{t('您的意愿会用于排程：“不必安排”的不会排，“必须见”的优先安排。', 'The scheduler follows your preferences: “No thanks” is never scheduled, “Must meet” comes first.')}</Muted>
            <QueryState query={participants}>
              {(p) => <ParticipantsList eventId={event.id} participants={p} requests={items} ownRecords={ownRecords} kind={kind} closed={closed} />}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </>
  )
}
