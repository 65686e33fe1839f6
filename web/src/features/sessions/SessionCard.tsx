import { CalendarOutlined, CheckOutlined, CloseOutlined, EnvironmentOutlined, FormOutlined, LinkOutlined, UserOutlined } from '@ant-design/icons'
import { App, Button, Card, Space, Tag } from 'antd'
import { formatDay, formatTime, zoneName } from '../../app/format'
import { useLanguage, type Translate } from '../../i18n/language'
import { useRespond, type MySession } from './sessions.queries'
import { Muted } from '../common/text'

const STATUS: Record<string, { zh: string; en: string; color: string }> = {
  confirmed: { zh: '已确认', en: 'Confirmed', color: 'blue' }, rescheduled: { zh: '已改期', en: 'Rescheduled', color: 'orange' },
  cancelled: { zh: '已取消', en: 'Cancelled', color: 'default' }, held: { zh: '已举行', en: 'Held', color: 'green' }, no_show: { zh: '未到场', en: 'No-show', color: 'red' },
  proposed: { zh: '拟安排', en: 'Proposed', color: 'default' },
}
const ANSWER: Record<string, { zh: string; en: string; color: string }> = {
  needs_action: { zh: '待答复', en: 'Not answered', color: 'warning' }, accepted: { zh: '已接受', en: 'Accepted', color: 'green' }, declined: { zh: '已谢绝', en: 'Declined', color: 'red' },
}

/** One session as its attendee needs it: when (in the event's zone), where, with whom, and what to do. */
export function SessionCard({ session, me, organizationId }: { session: MySession; me: string; organizationId: string | null }) {
  const { language, t } = useLanguage()
  const { message } = App.useApp()
  const respond = useRespond()
  const zone = session.event.timeZone
  const status = STATUS[session.status] ?? STATUS.confirmed!
  const future = Date.parse(session.endsAt) > Date.now()
  const others = session.attendees.filter((a) => a.personId !== me)
  const counterpart = [...new Set(others.filter((a) => a.organizationName).map((a) => a.organizationName))].join('、')
  // A secretary keeps the diary of the society's experts: the one colleague attending is answered for.
  const colleagues = session.myResponse === null ? session.attendees.filter((a) => a.organizationId !== null && a.organizationId === organizationId) : []
  const answerFor = colleagues.length === 1 ? colleagues[0] : undefined
  const answer = (response: 'accepted' | 'declined') => respond.mutate({ id: session.id, response, ...(answerFor ? { personId: answerFor.personId } : {}) }, {
    onSuccess: () => message.success(response === 'accepted' ? t('已接受，对方会收到通知', 'Accepted') : t('已谢绝，科协工作人员会收到通知', 'Declined')),
    onError: (e) => message.error(e.message),
  })
  const canAnswer = future && ['confirmed', 'rescheduled'].includes(session.status) && (session.myResponse !== null || answerFor !== undefined)
  const answerNow = session.myResponse ?? answerFor?.response ?? null
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{formatDay(session.startsAt, zone, language)} {formatTime(session.startsAt, zone)}–{formatTime(session.endsAt, zone)} <Muted style={{ fontSize: 12 }}>{zoneName(zone, language)}</Muted></span>}
      extra={<Tag color={status.color}>{t(status.zh, status.en)}</Tag>}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <strong>{session.event.title}</strong>
        <span>{session.needTitle} ⇄ {session.capabilityTitle}</span>
        {counterpart && <span><UserOutlined aria-hidden /> {t('对接方', 'With')}：{counterpart}（{others.map((a) => a.name).join('、')}）</span>}
        <Place session={session} t={t} />
        {answerNow && <div><Muted>{session.myResponse ? t('我的答复', 'My answer') : t(`${answerFor?.name}的答复`, `${answerFor?.name}’s answer`)}：</Muted><Tag color={ANSWER[answerNow]!.color}>{t(ANSWER[answerNow]!.zh, ANSWER[answerNow]!.en)}</Tag></div>}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {canAnswer && answerNow !== 'accepted' && <Button type="primary" icon={<CheckOutlined />} loading={respond.isPending} onClick={() => answer('accepted')}>{t('接受', 'Accept')}</Button>}
          {canAnswer && answerNow !== 'declined' && <Button danger icon={<CloseOutlined />} loading={respond.isPending} onClick={() => answer('declined')}>{t('谢绝', 'Decline')}</Button>}
          {session.status !== 'cancelled' && <Button href={`/api/v1/sessions/${session.id}/invite.ics`} icon={<CalendarOutlined />}>{t('加入日历', 'Add to calendar')}</Button>}
          {session.followUp?.url && <Button type={session.followUp.answered ? 'default' : 'primary'} href={session.followUp.url} icon={<FormOutlined />}>{session.followUp.answered ? t('修改回访', 'Change follow-up') : t('填写回访', 'Fill in the follow-up')}</Button>}
        </div>
      </Space>
    </Card>
  )
}

function Place({ session, t }: { session: MySession; t: Translate }) {
  const { event } = session
  const where = [event.venue, event.address, session.tableName && `${t('桌位', 'Table')} ${session.tableName}`].filter(Boolean).join(' · ')
  return (
    <>
      {where && <span><EnvironmentOutlined aria-hidden /> {where}</span>}
      {session.onlineUrl && <a href={session.onlineUrl} target="_blank" rel="noreferrer"><LinkOutlined aria-hidden /> {t('线上会议链接', 'Online meeting link')}</a>}
    </>
  )
}
