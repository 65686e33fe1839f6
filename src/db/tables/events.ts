import type { ColumnType, Selectable } from 'kysely'

export type EventKind = 'on_site' | 'online' | 'hybrid'
export type EventStatus = 'planning' | 'published' | 'closed' | 'cancelled'
export type SessionStatus = 'proposed' | 'confirmed' | 'rescheduled' | 'cancelled' | 'held' | 'no_show'
export type AttendeeSide = 'enterprise' | 'provider' | 'coordinator'

export interface EventsTable {
  id: string
  title: string
  kind: EventKind
  venue: string | null
  address: string | null
  onlineUrl: string | null
  county: string
  timeZone: string
  slotMinutes: number
  organizerId: string
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>
  cancelledAt: ColumnType<Date | null, Date | null | undefined, Date | null>
  cancelReason: ColumnType<string | null, string | null | undefined, string | null>
  createdAt: Date
  updatedAt: Date
}
export type EventRow = Selectable<EventsTable>

export interface TimeRangeTable {
  eventId: string
  startsAt: Date
  endsAt: Date
}

export interface EventTablesTable {
  id: string
  eventId: string
  name: string
  capacity: number
}

export interface EventInvitationsTable {
  eventId: string
  organizationId: string
}

export interface AvailabilityTable extends TimeRangeTable {
  id: string
  personId: string
}

export interface SessionsTable {
  id: string
  eventId: string
  needId: string | null
  capabilityId: string | null
  tableId: string | null
  onlineUrl: string | null
  startsAt: Date
  endsAt: Date
  during: ColumnType<string, never, never>
  status: ColumnType<SessionStatus, SessionStatus | undefined, SessionStatus>
  pinned: ColumnType<boolean, boolean | undefined, boolean>
  sequence: ColumnType<number, number | undefined, number>
  /** Invites have gone out: later changes send updates, a cancellation sends a CANCEL. */
  announced: ColumnType<boolean, boolean | undefined, boolean>
  createdAt: Date
  updatedAt: Date
}
export type SessionRow = Omit<Selectable<SessionsTable>, 'during'>

export interface SessionMatchesTable {
  sessionId: string
  needId: string
  capabilityId: string
}

export interface SessionAttendeesTable {
  sessionId: string
  personId: string
  side: AttendeeSide
  response: ColumnType<'needs_action' | 'accepted' | 'declined', 'needs_action' | 'accepted' | 'declined' | undefined, 'needs_action' | 'accepted' | 'declined'>
  during: string
  active: ColumnType<boolean, boolean | undefined, boolean>
  /** When the person signed in at the event's desk (check-in); null until then. */
  checkedInAt: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export type AnswerKind = 'accepted' | 'declined' | 'tentative' | 'counter'
export type AnswerSource = 'api' | 'link' | 'email'

/** Every answer to an invite, as it arrived: the attendee's current response is the latest. */
export interface SessionAnswersTable {
  id: string
  sessionId: string
  personId: string
  answer: AnswerKind
  note: string | null
  source: AnswerSource
  sequence: number
  answeredBy: string | null
  at: Date
  digestedAt: Date | null
}

export type InboundOutcome = 'applied' | 'stale' | 'forged' | 'unknown' | 'refused' | 'unreadable'

/** Each reply read from the platform's mailbox once (by Message-ID), and what came of it. */
export interface InboundRepliesTable {
  id: string
  messageId: string
  fromEmail: string
  receivedAt: Date
  outcome: InboundOutcome
  detail: string
  sessionId: string | null
}

export type MeetingPreference = 'must_meet' | 'meet' | 'no_thanks'

/** What an organisation at an event thinks of meeting another there. */
export interface EventPreferencesTable {
  eventId: string
  organizationId: string
  counterpartId: string
  preference: MeetingPreference
  setBy: string
  setAt: Date
}

export type MeetingRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn'

/** One participant asking another, at an event, to meet; accepted ones the scheduler must place. */
export interface MeetingRequestsTable {
  id: string
  eventId: string
  fromOrganizationId: string
  toOrganizationId: string
  requestedBy: string
  needId: string | null
  capabilityId: string | null
  message: string
  status: ColumnType<MeetingRequestStatus, MeetingRequestStatus | undefined, MeetingRequestStatus>
  answeredBy: string | null
  answeredAt: Date | null
  answerNote: string | null
  createdAt: Date
}
