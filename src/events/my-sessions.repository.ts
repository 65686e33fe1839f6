import type { DbOrTx } from '../db/database.ts'

// The sessions a participant's timetable shows: those announced (a proposal is the coordinator's
// draft until it is sent), attended by one person or by anyone of one organisation.

export async function announcedSessionsOf(db: DbOrTx, who: { personId: string } | { organizationId: string }, limit: number) {
  let query = db
    .selectFrom('sessionAttendees as a')
    .innerJoin('sessions as s', 's.id', 'a.sessionId')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .select(['s.id', 's.eventId', 's.startsAt'])
    .distinct()
    .where('s.status', '<>', 'proposed')
  query = 'personId' in who ? query.where('a.personId', '=', who.personId) : query.where('p.organizationId', '=', who.organizationId)
  // The latest first, so a long history never crowds out what is coming.
  return query.orderBy('s.startsAt', 'desc').orderBy('s.id', 'desc').limit(limit).execute()
}

export async function eventsForTimetable(db: DbOrTx, eventIds: string[]) {
  if (eventIds.length === 0) return []
  return db
    .selectFrom('events')
    .select(['id', 'title', 'kind', 'venue', 'address', 'onlineUrl', 'timeZone', 'status'])
    .where('id', 'in', eventIds)
    .execute()
}

export async function followUpsOfSessions(db: DbOrTx, sessionIds: string[]) {
  if (sessionIds.length === 0) return []
  return db
    .selectFrom('followUps')
    .select(['id', 'sessionId', 'personId', 'respondedAt', 'confirmedAt'])
    .where('sessionId', 'in', sessionIds)
    .execute()
}
