import { tablePlace } from './table-place.ts'
import type { CalendarSession } from './calendar.ts'
import type { SessionDetails } from './invites.repository.ts'

/** What a session is about: its pair, and for a group session every further pair. */
export function topicOf(d: SessionDetails): string {
  const pairs = [{ needTitle: d.needTitle, capabilityTitle: d.capabilityTitle }, ...d.group]
  return pairs.map((p) => [p.needTitle, p.capabilityTitle].filter(Boolean).join(' × ')).filter(Boolean).join('；') || '对接会'
}

/** The venue and table, or the online link when there is no venue. */
export function placeOf(d: SessionDetails): string | null {
  return [d.venue, d.tableName ? tablePlace(d.tableName) : null].filter(Boolean).join(' ') || d.onlineUrl || null
}

export const partiesOf = (d: SessionDetails) => [...new Set(d.attendees.map((a) => a.organizationName).filter(Boolean))].join('、')

const LABELS = {
  zh: { event: '对接活动', topic: '对接内容', parties: '参会单位', address: '地址', link: '线上链接', conference: '线上会议', alarm: '对接会30分钟后开始', colon: '：' },
  en: { event: 'Event', topic: 'Topic', parties: 'Parties', address: 'Address', link: 'Online link', conference: 'Online meeting', alarm: 'Docking session in 30 minutes', colon: ': ' },
}

/** How a session reads in a calendar, in the reader's language; the records' own words stay as written. */
export function calendarSession(d: SessionDetails, language: 'zh' | 'en' = 'zh'): CalendarSession {
  const l = LABELS[language]
  const parties = partiesOf(d)
  const topic = topicOf(d)
  const line = (label: string, value: string | null) => value && `${label}${l.colon}${value}`
  return {
    id: d.id,
    sequence: d.sequence,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    summary: `${d.eventTitle}${l.colon}${topic}`,
    description: [line(l.event, d.eventTitle), line(l.topic, topic), line(l.parties, parties), line(l.address, d.address), line(l.link, d.onlineUrl)].filter(Boolean).join('\n'),
    location: placeOf(d),
    url: d.onlineUrl,
    conferenceLabel: l.conference,
    alarm: l.alarm,
    language,
    cancelled: d.status === 'cancelled',
  }
}

export const calendarAttendees = (d: SessionDetails) =>
  d.attendees.filter((a) => a.email).map((a) => ({ name: a.name, email: a.email!, response: a.response }))
