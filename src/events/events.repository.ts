import { sql, type Insertable } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import type { DbOrTx } from '../db/database.ts'
import type { EventsTable, SessionStatus } from '../db/tables/events.ts'

export interface EventParts {
  event: Insertable<EventsTable>
  days: { startsAt: Date; endsAt: Date }[]
  breaks: { startsAt: Date; endsAt: Date }[]
  tables: { id: string; name: string; capacity: number }[]
  invited: string[]
}

export async function insertEvent(db: DbOrTx, parts: EventParts) {
  const eventId = parts.event.id
  await db.insertInto('events').values(parts.event).execute()
  if (parts.days.length) await db.insertInto('eventDays').values(parts.days.map((d) => ({ eventId, ...d }))).execute()
  if (parts.breaks.length) await db.insertInto('eventBreaks').values(parts.breaks.map((b) => ({ eventId, ...b }))).execute()
  if (parts.tables.length) await db.insertInto('eventTables').values(parts.tables.map((t) => ({ eventId, ...t }))).execute()
  if (parts.invited.length) await db.insertInto('eventInvitations').values(parts.invited.map((organizationId) => ({ eventId, organizationId }))).execute()
}

/** Events with their days, breaks, tables and invitations: five queries however many events. */
export async function findEvents(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return []
  const [events, days, breaks, tables, invited] = await Promise.all([
    db.selectFrom('events').selectAll().where('id', 'in', ids).orderBy('id', 'desc').execute(),
    db.selectFrom('eventDays').select(['eventId', 'startsAt', 'endsAt']).where('eventId', 'in', ids).orderBy('startsAt').execute(),
    db.selectFrom('eventBreaks').select(['eventId', 'startsAt', 'endsAt']).where('eventId', 'in', ids).orderBy('startsAt').execute(),
    db.selectFrom('eventTables').select(['eventId', 'id', 'name', 'capacity']).where('eventId', 'in', ids).orderBy('name').execute(),
    db.selectFrom('eventInvitations').select(['eventId', 'organizationId']).where('eventId', 'in', ids).execute(),
  ])
  const of = <T extends { eventId: string }>(rows: T[], id: string) => rows.filter((r) => r.eventId === id).map(({ eventId: _, ...r }) => r)
  return events.map((event) => ({
    ...event,
    days: of(days, event.id),
    breaks: of(breaks, event.id),
    tables: of(tables, event.id),
    invitedOrganizationIds: of(invited, event.id).map((i) => i.organizationId),
  }))
}

export async function findEvent(db: DbOrTx, id: string) {
  return (await findEvents(db, [id]))[0]
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof findEvent>>>

/** Coordinators see every event; staff the events their organisation is invited to. */
export async function listEventIds(db: DbOrTx, actor: Actor) {
  let query = db.selectFrom('events').select('id').orderBy('id', 'desc').limit(200)
  if (actor.role !== 'coordinator') {
    query = query.where('id', 'in', db.selectFrom('eventInvitations').select('eventId').where('organizationId', '=', actor.organizationId))
  }
  return (await query.execute()).map((r) => r.id)
}

export async function replaceAvailability(db: DbOrTx, eventId: string, personId: string, windows: { id: string; startsAt: Date; endsAt: Date }[]) {
  await db.deleteFrom('availability').where('eventId', '=', eventId).where('personId', '=', personId).execute()
  if (windows.length) await db.insertInto('availability').values(windows.map((w) => ({ eventId, personId, ...w }))).execute()
}

export async function availabilityOf(db: DbOrTx, eventId: string) {
  return db.selectFrom('availability').select(['personId', 'startsAt', 'endsAt']).where('eventId', '=', eventId).execute()
}

const SESSION_COLUMNS = ['id', 'eventId', 'needId', 'capabilityId', 'tableId', 'onlineUrl', 'startsAt', 'endsAt', 'status', 'pinned', 'sequence', 'announced', 'createdAt', 'updatedAt'] as const

export async function insertSession(
  db: DbOrTx,
  session: { id: string; eventId: string; needId: string; capabilityId: string; tableId: string | null; onlineUrl: string | null; startsAt: Date; endsAt: Date; pinned: boolean; now: Date },
  attendees: { personId: string; side: 'enterprise' | 'provider' | 'coordinator' }[],
  groupMatches: { needId: string; capabilityId: string }[] = [],
) {
  const { now, ...row } = session
  await db.insertInto('sessions').values({ ...row, createdAt: now, updatedAt: now }).execute()
  const during = sql<string>`tstzrange(${session.startsAt}, ${session.endsAt}, '[)')`
  await db.insertInto('sessionAttendees').values(attendees.map((a) => ({ sessionId: session.id, ...a, during }))).execute()
  if (groupMatches.length) await db.insertInto('sessionMatches').values(groupMatches.map((m) => ({ sessionId: session.id, ...m }))).execute()
}

export async function findSession(db: DbOrTx, id: string) {
  return db.selectFrom('sessions').select(SESSION_COLUMNS).where('id', '=', id).executeTakeFirst()
}

export async function updateSessionRow(db: DbOrTx, id: string, changes: { startsAt: Date; endsAt: Date; tableId: string | null; status: SessionStatus; pinned: boolean; sequence: number; announced: boolean; updatedAt: Date }) {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute()
  // Attendees carry the session's time (their own exclusion constraint) and stop blocking it once cancelled.
  await db
    .updateTable('sessionAttendees')
    .set({ during: sql<string>`tstzrange(${changes.startsAt}, ${changes.endsAt}, '[)')`, active: sql<boolean>`(${changes.status !== 'cancelled'} and response <> 'declined')` })
    .where('sessionId', '=', id)
    .execute()
}

export async function sessionsOf(db: DbOrTx, eventId: string, sessionIds?: string[]) {
  let query = db.selectFrom('sessions').select(SESSION_COLUMNS).where('eventId', '=', eventId)
  if (sessionIds) query = query.where('id', 'in', sessionIds.length ? sessionIds : ['00000000-0000-0000-0000-000000000000'])
  const sessions = await query.orderBy('startsAt').orderBy('id').execute()
  const ids = sessions.map((s) => s.id)
  const attendees = sessions.length
    ? await db
        .selectFrom('sessionAttendees as a')
        .innerJoin('people as p', 'p.id', 'a.personId')
        .leftJoin('organizations as o', 'o.id', 'p.organizationId')
        .select(['a.sessionId', 'a.personId', 'a.side', 'a.response', 'a.checkedInAt', 'p.name', 'p.organizationId', 'o.name as organizationName'])
        .where('a.sessionId', 'in', ids)
        .orderBy('a.side')
        .execute()
    : []
  // Names beside the ids, so a timetable reads without joins by hand.
  const labels = sessions.length
    ? await db
        .selectFrom('sessions as s')
        .leftJoin('needs as n', 'n.id', 's.needId')
        .leftJoin('capabilities as c', 'c.id', 's.capabilityId')
        .leftJoin('eventTables as t', 't.id', 's.tableId')
        .select(['s.id', 'n.title as needTitle', 'c.title as capabilityTitle', 't.name as tableName'])
        .where('s.id', 'in', ids)
        .execute()
    : []
  const groups = sessions.length
    ? await db.selectFrom('sessionMatches').select(['sessionId', 'needId', 'capabilityId']).where('sessionId', 'in', sessions.map((s) => s.id)).execute()
    : []
  const labelOf = new Map(labels.map((l) => [l.id, l]))
  const attendeesOf = new Map<string, (Omit<(typeof attendees)[number], 'sessionId' | 'checkedInAt'> & { checkedInAt: string | null })[]>()
  for (const { sessionId, checkedInAt, ...a } of attendees) {
    const list = attendeesOf.get(sessionId) ?? []
    list.push({ ...a, checkedInAt: checkedInAt?.toISOString() ?? null })
    attendeesOf.set(sessionId, list)
  }
  return sessions.map((s) => ({
    ...s,
    needTitle: labelOf.get(s.id)?.needTitle ?? null,
    capabilityTitle: labelOf.get(s.id)?.capabilityTitle ?? null,
    tableName: labelOf.get(s.id)?.tableName ?? null,
    attendees: attendeesOf.get(s.id) ?? [],
    groupMatches: groups.filter((g) => g.sessionId === s.id).map(({ sessionId: _, ...g }) => g),
  }))
}

export async function deleteUnpinnedProposals(db: DbOrTx, eventId: string) {
  const removed = await db.deleteFrom('sessions').where('eventId', '=', eventId).where('pinned', '=', false).where('status', '=', 'proposed').where('announced', '=', false).executeTakeFirst()
  return Number(removed.numDeletedRows)
}

/** What an overlapping booking clashes with, to name it in the 409. */
export async function findClash(db: DbOrTx, range: { startsAt: Date; endsAt: Date }, who: { personIds: string[]; tableId: string | null; exceptSessionId?: string }) {
  const overlap = sql<boolean>`s.during && tstzrange(${range.startsAt}, ${range.endsAt}, '[)') and s.id <> ${who.exceptSessionId ?? '00000000-0000-0000-0000-000000000000'}`
  const person = who.personIds.length
    ? await db
        .selectFrom('sessionAttendees as a')
        .innerJoin('sessions as s', 's.id', 'a.sessionId')
        .innerJoin('people as p', 'p.id', 'a.personId')
        .select(['p.name', 's.id as sessionId', 's.startsAt', 's.endsAt'])
        .where('a.personId', 'in', who.personIds)
        .where('a.active', '=', true)
        .where(overlap)
        .executeTakeFirst()
    : undefined
  if (person) return { kind: 'person' as const, ...person }
  if (!who.tableId) return undefined
  const table = await db
    .selectFrom('sessions as s')
    .innerJoin('eventTables as t', 't.id', 's.tableId')
    .select(['t.name', 's.id as sessionId', 's.startsAt', 's.endsAt'])
    .where('s.tableId', '=', who.tableId)
    .where('s.status', '<>', 'cancelled')
    .where(overlap)
    .executeTakeFirst()
  return table ? { kind: 'table' as const, ...table } : undefined
}

/** A session's attendees with the organisation each belongs to (null for coordinators). */
export async function attendeesWithOrganization(db: DbOrTx, sessionId: string) {
  return db
    .selectFrom('sessionAttendees as a')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .select(['a.personId', 'a.response', 'p.organizationId'])
    .where('a.sessionId', '=', sessionId)
    .execute()
}

export async function setAttendeeResponse(db: DbOrTx, sessionId: string, personId: string, response: 'accepted' | 'declined', active: boolean) {
  await db.updateTable('sessionAttendees').set({ response, active }).where('sessionId', '=', sessionId).where('personId', '=', personId).execute()
}

/** Acceptances of a session's old time no longer hold: those attendees answer again. Declines stay. */
export async function askAgain(db: DbOrTx, sessionId: string) {
  await db.updateTable('sessionAttendees').set({ response: 'needs_action' }).where('sessionId', '=', sessionId).where('response', '=', 'accepted').execute()
}

/** People with the kind of organisation they belong to (none for coordinators). */
export async function peopleWithKind(db: DbOrTx, personIds: string[]) {
  return db.selectFrom('people as p').leftJoin('organizations as o', 'o.id', 'p.organizationId').select(['p.id', 'o.kind']).where('p.id', 'in', personIds).execute()
}

/** The further pairs of a group session. */
export async function sessionMatchesOf(db: DbOrTx, sessionId: string) {
  return db.selectFrom('sessionMatches').select(['needId', 'capabilityId']).where('sessionId', '=', sessionId).execute()
}
