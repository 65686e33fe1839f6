import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

// Calendar files for docking sessions, pure. One session is one VEVENT with a stable UID; each
// change raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED (iTIP, RFC 5546).
// Times are written in UTC ("…Z"), never as a zone name fed a plain Date: every client then shows
// the right local time, whatever zone the server or the reader is in.

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
  url: string | null
  cancelled: boolean
}

export interface CalendarAttendee extends CalendarPerson {
  response: 'needs_action' | 'accepted' | 'declined'
}

export const sessionUid = (sessionId: string) => `${sessionId}@jinqiao`

/** RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off. */
const terminated = (ics: string) => (ics.endsWith('\r\n') ? ics : `${ics}\r\n`)

const PARTSTAT = { needs_action: ICalAttendeeStatus.NEEDSACTION, accepted: ICalAttendeeStatus.ACCEPTED, declined: ICalAttendeeStatus.DECLINED }

function vevent(session: CalendarSession, organizer: CalendarPerson, attendees: CalendarAttendee[], stamp: Date) {
  return {
    id: sessionUid(session.id),
    sequence: session.sequence,
    stamp,
    start: session.startsAt,
    end: session.endsAt,
    summary: session.summary,
    description: session.description,
    location: session.location,
    url: session.url,
    status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true, role: ICalAttendeeRole.REQ, status: PARTSTAT[a.response] })),
  }
}

/** The iTIP message for one session: REQUEST (new or changed) or CANCEL. */
export function sessionInvite(input: { session: CalendarSession; organizer: CalendarPerson; attendees: CalendarAttendee[]; stamp: Date }): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const method = input.session.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST
  const calendar = ical({ prodId: { company: 'Jinqiao', product: 'docking-sessions', language: 'ZH' }, method, events: [vevent(input.session, input.organizer, input.attendees, input.stamp)] })
  return { method: method === ICalCalendarMethod.CANCEL ? 'CANCEL' : 'REQUEST', ics: terminated(calendar.toString()) }
}

/** A person's subscription feed: every session of theirs, as published facts (METHOD:PUBLISH). */
export function personFeed(input: { name: string; sessions: { session: CalendarSession; organizer: CalendarPerson; attendees: CalendarAttendee[] }[]; stamp: Date }): string {
  const calendar = ical({
    prodId: { company: 'Jinqiao', product: 'docking-sessions', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    name: `金桥对接日程 · ${input.name}`,
    events: input.sessions.map((s) => vevent(s.session, s.organizer, s.attendees, input.stamp)),
  })
  return terminated(calendar.toString())
}
