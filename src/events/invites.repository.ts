import type { DbOrTx } from '../db/database.ts'

/** Everything an invite or an e-mail about a session says, in one place. */
export async function sessionDetails(db: DbOrTx, sessionId: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .innerJoin('people as o', 'o.id', 'e.organizerId')
    .leftJoin('eventTables as t', 't.id', 's.tableId')
    .leftJoin('needs as n', 'n.id', 's.needId')
    .leftJoin('capabilities as c', 'c.id', 's.capabilityId')
    .select([
      's.id', 's.eventId', 's.needId', 's.startsAt', 's.endsAt', 's.status', 's.sequence', 's.onlineUrl',
      'e.title as eventTitle', 'e.kind as eventKind', 'e.venue', 'e.address', 'e.timeZone',
      'o.name as organizerName', 'o.email as organizerEmail',
      't.name as tableName', 'n.title as needTitle', 'c.title as capabilityTitle',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst()
  if (!row) return undefined
  const attendees = await db
    .selectFrom('sessionAttendees as a')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .leftJoin('organizations as org', 'org.id', 'p.organizationId')
    .select(['p.id as personId', 'p.name', 'p.email', 'p.language', 'p.organizationId', 'org.name as organizationName', 'a.side', 'a.response'])
    .where('a.sessionId', '=', sessionId)
    .orderBy('a.side')
    .orderBy('p.name')
    .execute()
  const group = await db
    .selectFrom('sessionMatches as g')
    .innerJoin('needs as n', 'n.id', 'g.needId')
    .innerJoin('capabilities as c', 'c.id', 'g.capabilityId')
    .select(['n.title as needTitle', 'c.title as capabilityTitle'])
    .where('g.sessionId', '=', sessionId)
    .orderBy('n.title')
    .execute()
  return { ...row, attendees, group }
}
export type SessionDetails = NonNullable<Awaited<ReturnType<typeof sessionDetails>>>
