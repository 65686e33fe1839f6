import type { CalendarSession } from './calendar.ts'
import type { SessionDetails } from './invites.repository.ts'

/** How a session reads in a calendar: Chinese first, the parties and the place named. */
export function calendarSession(d: SessionDetails): CalendarSession {
  const parties = [...new Set(d.attendees.map((a) => a.organizationName).filter(Boolean))].join('、')
  const place = [d.venue, d.tableName ? `${d.tableName} 桌` : null].filter(Boolean).join(' ')
  const topic = [d.needTitle, d.capabilityTitle].filter(Boolean).join(' × ')
  return {
    id: d.id,
    sequence: d.sequence,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    summary: `${d.eventTitle}：${topic || '对接会'}`,
    description: [`对接活动：${d.eventTitle}`, topic && `对接内容：${topic}`, parties && `参会单位：${parties}`, d.address && `地址：${d.address}`, d.onlineUrl && `线上链接：${d.onlineUrl}`]
      .filter(Boolean)
      .join('\n'),
    location: place || d.onlineUrl || null,
    url: d.onlineUrl,
    cancelled: d.status === 'cancelled',
  }
}

export const calendarAttendees = (d: SessionDetails) =>
  d.attendees.filter((a) => a.email).map((a) => ({ name: a.name, email: a.email!, response: a.response }))
