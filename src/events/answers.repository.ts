import type { DbOrTx } from '../db/database.ts'
import type { AnswerKind, AnswerSource } from '../db/tables/events.ts'

export async function insertAnswer(db: DbOrTx, row: { id: string; sessionId: string; personId: string; answer: AnswerKind; note: string | null; source: AnswerSource; sequence: number; answeredBy: string | null; at: Date }) {
  await db.insertInto('sessionAnswers').values({ ...row, digestedAt: null }).execute()
}

/** The answers to an event's invites, newest first, with who answered and about which session. */
export async function answersOfEvent(db: DbOrTx, eventId: string, since: Date | null, limit: number) {
  let q = db
    .selectFrom('sessionAnswers as a')
    .innerJoin('sessions as s', 's.id', 'a.sessionId')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select(['a.id', 'a.sessionId', 's.startsAt', 'a.personId', 'p.name as personName', 'o.name as organizationName', 'a.answer', 'a.note', 'a.source', 'a.sequence', 'a.answeredBy', 'a.at'])
    .where('s.eventId', '=', eventId)
  if (since) q = q.where('a.at', '>', since)
  return q.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute()
}

/** Declines and counter-proposals not yet sent to the organizer in a digest, event by event. */
export async function undigestedAnswers(db: DbOrTx, before: Date) {
  return db
    .selectFrom('sessionAnswers as a')
    .innerJoin('sessions as s', 's.id', 'a.sessionId')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select(['a.id', 'e.id as eventId', 'e.title as eventTitle', 'e.timeZone', 'e.organizerId', 'a.sessionId', 's.startsAt', 's.endsAt', 'p.name as personName', 'o.name as organizationName', 'a.answer', 'a.note', 'a.at'])
    .where('a.digestedAt', 'is', null)
    .where('a.answer', 'in', ['declined', 'counter'])
    .where('a.at', '<', before)
    .orderBy('e.id')
    .orderBy('a.at')
    .limit(5000)
    .execute()
}

export async function markDigested(db: DbOrTx, ids: string[], at: Date) {
  if (ids.length) await db.updateTable('sessionAnswers').set({ digestedAt: at }).where('id', 'in', ids).execute()
}

/** When the attendee's last answer to the session was recorded, if ever. */
export async function latestAnswerAt(db: DbOrTx, sessionId: string, personId: string): Promise<Date | null> {
  const row = await db.selectFrom('sessionAnswers').select('at').where('sessionId', '=', sessionId).where('personId', '=', personId).orderBy('at', 'desc').limit(1).executeTakeFirst()
  return row?.at ?? null
}
