import { ICAL, serialise } from '../calendar/ical.ts'

// Calendar files for docking sessions, pure. One session is one VEVENT with a stable UID; each
// change raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED (iTIP, RFC 5546).
// Times are written in UTC ("…Z"): every client shows the right local time, whatever zone the
// server or the reader is in. The ORGANIZER is the mailbox the platform reads, so the answer a
// calendar client sends (Accept, Decline) reaches us and is recorded.

export interface CalendarPerson {
  name: string
  email: string
}

export interface CalendarSession {
  id: string
  sequence: number
  startsAt: Date
  endsAt: Date
  summary: string
  description: string
  location: string | null
  /** An online meeting's link: URL and RFC 7986 CONFERENCE, written as a URI, never escaped. */
  url: string | null
  conferenceLabel: string
  alarm: string
  language: 'zh' | 'en'
  cancelled: boolean
}

export interface CalendarAttendee extends CalendarPerson {
  response: 'needs_action' | 'accepted' | 'declined'
}

export const sessionUid = (sessionId: string) => `${sessionId}@jinqiao`

const PRODID = '-//Jinqiao//Docking sessions//ZH'
const PARTSTAT = { needs_action: 'NEEDS-ACTION', accepted: 'ACCEPTED', declined: 'DECLINED' } as const
const ALARM_BEFORE = '-PT30M'
/** How often a subscribed feed is fetched again. */
export const FEED_REFRESH = 'PT1H'

type Component = InstanceType<typeof ICAL.Component>

function calendar(method: 'REQUEST' | 'CANCEL' | null): Component {
  const cal = new ICAL.Component(['vcalendar', [], []])
  cal.addPropertyWithValue('prodid', PRODID)
  cal.addPropertyWithValue('version', '2.0')
  cal.addPropertyWithValue('calscale', 'GREGORIAN')
  if (method) cal.addPropertyWithValue('method', method)
  return cal
}

const utc = (d: Date) => ICAL.Time.fromJSDate(d, true)

function person(name: string, property: 'organizer' | 'attendee', email: string) {
  const p = new ICAL.Property(property)
  p.setParameter('cn', name)
  p.setValue(`mailto:${email}`)
  return p
}

function vevent(session: CalendarSession, stamp: Date, people: { organizer: CalendarPerson; attendees: CalendarAttendee[] } | null): Component {
  const ev = new ICAL.Component('vevent')
  ev.addPropertyWithValue('uid', sessionUid(session.id))
  ev.addPropertyWithValue('sequence', session.sequence)
  ev.addPropertyWithValue('dtstamp', utc(stamp))
  ev.addPropertyWithValue('dtstart', utc(session.startsAt))
  ev.addPropertyWithValue('dtend', utc(session.endsAt))
  ev.addPropertyWithValue('summary', session.summary).setParameter('language', session.language === 'en' ? 'en' : 'zh-CN')
  ev.addPropertyWithValue('description', session.description)
  if (session.location) ev.addPropertyWithValue('location', session.location)
  if (session.url) {
    ev.addPropertyWithValue('url', session.url)
    const conference = ev.addPropertyWithValue('conference', session.url)
    conference.setParameter('value', 'URI')
    conference.setParameter('feature', 'VIDEO')
    conference.setParameter('label', session.conferenceLabel)
  }
  ev.addPropertyWithValue('status', session.cancelled ? 'CANCELLED' : 'CONFIRMED')
  ev.addPropertyWithValue('transp', session.cancelled ? 'TRANSPARENT' : 'OPAQUE')
  // Outlook reads its own free/busy marker before TRANSP.
  ev.addPropertyWithValue('x-microsoft-cdo-busystatus', session.cancelled ? 'FREE' : 'BUSY')
  if (people) {
    ev.addProperty(person(people.organizer.name, 'organizer', people.organizer.email))
    for (const a of people.attendees) {
      const p = person(a.name, 'attendee', a.email)
      p.setParameter('cutype', 'INDIVIDUAL')
      p.setParameter('role', 'REQ-PARTICIPANT')
      p.setParameter('partstat', PARTSTAT[a.response])
      p.setParameter('rsvp', 'TRUE')
      ev.addProperty(p)
    }
  }
  if (!session.cancelled) {
    const alarm = new ICAL.Component('valarm')
    alarm.addPropertyWithValue('action', 'DISPLAY')
    alarm.addPropertyWithValue('description', session.alarm)
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromString(ALARM_BEFORE))
    ev.addSubcomponent(alarm)
  }
  return ev
}

/** The iTIP message for one session and one reader's language: REQUEST (new or changed) or CANCEL. */
export function sessionInvite(input: { session: CalendarSession; organizer: CalendarPerson; attendees: CalendarAttendee[]; stamp: Date }): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const method = input.session.cancelled ? 'CANCEL' : 'REQUEST'
  const cal = calendar(method)
  cal.addSubcomponent(vevent(input.session, input.stamp, { organizer: input.organizer, attendees: input.attendees }))
  return { method, ics: serialise(cal) }
}

/**
 * A person's subscription feed: their sessions as plain facts. No METHOD, so no iTIP rules apply
 * and no client offers to answer from it; no attendees either (RFC 5546 §3.2.1 forbids them in a
 * PUBLISH, and a feed has no one to answer to). It names itself and says how often to refresh.
 */
export function personFeed(input: { name: string; sessions: CalendarSession[]; stamp: Date }): string {
  const cal = calendar(null)
  cal.addPropertyWithValue('name', input.name)
  cal.addPropertyWithValue('x-wr-calname', input.name)
  cal.addPropertyWithValue('refresh-interval', ICAL.Duration.fromString(FEED_REFRESH)).setParameter('value', 'DURATION')
  cal.addPropertyWithValue('x-published-ttl', ICAL.Duration.fromString(FEED_REFRESH))
  for (const s of input.sessions) cal.addSubcomponent(vevent(s, input.stamp, null))
  return serialise(cal)
}
