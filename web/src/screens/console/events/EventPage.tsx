import { EditOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons'
import { useMutation } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { App, Button, Descriptions, Dropdown, Input, Space, Tabs, Tag } from 'antd'
import { useState } from 'react'
import { api, data } from '../../../api/client'
import { formatDay, formatTime, zoneName } from '../../../app/format'
import { PageTitle, QueryState } from '../../../features/common/states'
import { useUrlFilters } from '../../../features/console/url-filters'
import { EVENT_STATUS, KIND, useEvent, useEventSessions, usePlanning, useRefreshEvent, type EventView } from '../../../features/events/events.queries'
import { useLanguage } from '../../../i18n/language'
import { AvailabilityTab } from './AvailabilityTab'
import { CheckInTab } from './CheckInTab'
import { RequestsTab } from './RequestsTab'
import { TimetableTab } from './TimetableTab'

/** One docking event: its timetable grid, the day's desk, and what to print. */
export function EventPage() {
  const { eventId } = useParams({ strict: false }) as { eventId: string }
  const event = useEvent(eventId)
  return <QueryState query={event}>{(e) => <EventScreen event={e} />}</QueryState>
}

function EventScreen({ event }: { event: EventView }) {
  const { language, t } = useLanguage()
  const sessions = useEventSessions(event.id)
  const planning = usePlanning(event.id)
  const [filters, setFilters] = useUrlFilters<'tab'>()
  const status = EVENT_STATUS[event.status]!
  const day = (iso: string) => formatDay(iso, event.timeZone, language)
  const print = (view: string, zh: string, en: string) => ({ key: view, label: <a href={`/print/events/${event.id}?view=${view}`} target="_blank" rel="noreferrer">{t(zh, en)}</a> })
  return (
    <>
      <PageTitle title={event.title} sub={<>{event.days.map((d) => `${day(d.startsAt)} ${formatTime(d.startsAt, event.timeZone)}–${formatTime(d.endsAt, event.timeZone)}`).join('；')} {zoneName(event.timeZone, language)}</>}
        extra={<Space wrap>
          <Tag color={status.color}>{t(status.zh, status.en)}</Tag>
          <Link to="/events/$eventId/edit" params={{ eventId: event.id }}><Button icon={<EditOutlined aria-hidden />}>{t('编辑', 'Edit')}</Button></Link>
          <Dropdown menu={{ items: [print('tables', '每桌一页', 'A sheet per table'), print('people', '每人日程', 'A timetable per person'), print('sign-in', '签到表', 'Sign-in list')] }}>
            <Button icon={<PrinterOutlined aria-hidden />}>{t('打印', 'Print')}</Button>
          </Dropdown>
          {event.status !== 'cancelled' && <CancelEvent event={event} />}
        </Space>} />
      <Descriptions size="small" column={{ xs: 1, md: 3, xl: 5 }} style={{ marginBottom: 12 }} items={[
        { key: 'kind', label: t('形式', 'Kind'), children: t(KIND[event.kind]!.zh, KIND[event.kind]!.en) },
        { key: 'venue', label: t('地点', 'Venue'), children: event.venue ?? event.onlineUrl ?? '—' },
        { key: 'county', label: t('县市区', 'County'), children: event.county },
        { key: 'tables', label: t('桌位', 'Tables'), children: `${event.tables.length}` },
        { key: 'invited', label: t('受邀机构', 'Invited'), children: `${event.invitedOrganizationIds.length}` },
      ]} />
      <Tabs activeKey={filters.tab ?? 'timetable'} onChange={(tab) => setFilters({ tab: tab === 'timetable' ? undefined : tab })} items={[
        { key: 'timetable', label: t('排程', 'Timetable'), children: <QueryState query={sessions}>{(s) => <QueryState query={planning}>{(p) => <TimetableTab event={event} sessions={s.items} planning={p} />}</QueryState>}</QueryState> },
        { key: 'availability', label: t('可到场时间', 'Availability'), children: <QueryState query={sessions}>{(s) => <QueryState query={planning}>{(p) => <AvailabilityTab event={event} sessions={s.items} planning={p} />}</QueryState>}</QueryState> },
        { key: 'requests', label: t('约见', 'Requests'), children: <RequestsTab event={event} /> },
        { key: 'day', label: t('现场签到', 'On the day'), children: <QueryState query={sessions}>{(s) => <CheckInTab event={event} sessions={s.items} />}</QueryState> },
      ]} />
    </>
  )
}

function CancelEvent({ event }: { event: EventView }) {
  const { t } = useLanguage()
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const refresh = useRefreshEvent(event.id)
  const [reason, setReason] = useState('')
  const cancel = useMutation({
    mutationFn: (why: string) => data(api.POST('/api/v1/events/{id}/cancel', { params: { path: { id: event.id } }, body: { reason: why } })),
    onSuccess: async (r) => { await refresh(); message.success(t(`活动已取消，${r.sessionsCancelled} 场对接会已通知取消`, `Cancelled; ${r.sessionsCancelled} sessions called off`)); await navigate({ to: '/events' }) },
    onError: (e) => message.error(e.message),
  })
  const open = () => modal.confirm({
    title: t('取消整个活动？', 'Cancel the whole event?'),
    content: <><p>{t('所有未举行的对接会都会取消，参会人立即收到取消通知。此操作不能撤销。', 'Every session not yet held is cancelled and attendees are told at once. This cannot be undone.')}</p>
      <Input.TextArea aria-label={t('取消原因', 'Reason')} placeholder={t('取消原因（会写入通知）', 'Reason (goes into the notice)')} onChange={(e) => setReason(e.target.value)} maxLength={500} /></>,
    okText: t('取消活动', 'Cancel the event'), okButtonProps: { danger: true }, cancelText: t('返回', 'Back'),
    onOk: () => {
      const why = (document.querySelector<HTMLTextAreaElement>('.ant-modal-confirm textarea')?.value ?? reason).trim()
      if (!why) { message.warning(t('请填写取消原因', 'Give a reason')); return Promise.reject(new Error('reason')) }
      return cancel.mutateAsync(why)
    },
  })
  return <Button danger icon={<StopOutlined aria-hidden />} onClick={open}>{t('取消活动', 'Cancel event')}</Button>
}
