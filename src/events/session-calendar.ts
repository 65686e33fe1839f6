import { tablePlace } from './table-place.ts'
import type { CalendarSession } from './calendar.ts'
import type { SessionDetails } from './invites.repository.ts'

/** What a session is about: its pair, and for a group session every further pair. */
export function topicOf(d: SessionDetails): string {
  const pairs = [{ needTitle: d.needTitle, capabilityTitle: d.capabilityTitle }, ...d.group]
  return pairs.map((p) => [p.needTitle, p.capabilityTitle].filter(Boolean).join(' × ')).filter(Boolean).join('；') || '对接会'
}

/** How a session reads in a calendar: Chinese first, the parties and the place named. */
export function calendarSession(d: SessionDetails): CalendarSession {
  const parties = [...new Set(d.attendees.map((a) => a.organizationName).filter(Boolean))].join('、')
  const place = [d.venue, d.tableName ? tablePlace(d.tableName) : null].filter(Boolean).join(' ')
  const topic = topicOf(d)
  return {
    id: d.id,
    sequence: d.sequence,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    summary: `${d.eventTitle}：${topic}`,
    description: [`对接活动：${d.eventTitle}`, `对接内容：${topic}`, parties && `参会单位：${parties}`, d.address && `地址：${d.address}`, d.onlineUrl && `线上链接：${d.onlineUrl}`]
      .filter(Boolean)
      .join('\n'),
    location: place || d.onlineUrl || null,
    url: d.onlineUrl,
    cancelled: d.status === 'cancelled',
  }
}

export const calendarAttendees = (d: SessionDetails) =>
  d.attendees.filter((a) => a.email).map((a) => ({ name: a.name, email: a.email!, response: a.response }))
