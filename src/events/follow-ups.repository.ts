import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

/** Announced sessions that ended in the last week and still owe someone a follow-up. */
export async function sessionsOwingFollowUp(db: DbOrTx, now: Date) {
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('sessionAttendees as a', 'a.sessionId', 's.id')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .select(['s.id as sessionId', 'a.personId'])
    .where('s.announced', '=', true)
    .where('s.status', 'in', ['confirmed', 'rescheduled', 'held'])
    .where('s.endsAt', '<=', now)
    .where('s.endsAt', '>', new Date(now.getTime() - 7 * 24 * 3600_000))
    .where('a.response', '<>', 'declined')
    .where('p.email', 'is not', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('followUps as f').select(sql`1`.as('one')).whereRef('f.sessionId', '=', 's.id').whereRef('f.personId', '=', 'a.personId'))))
    .limit(500)
    .execute()
  return rows
}

/** Announced sessions starting within the next day: their attendees get a reminder. */
export async function sessionsStartingSoon(db: DbOrTx, now: Date) {
  const rows = await db
    .selectFrom('sessions')
    .select('id')
    .where('announced', '=', true)
    .where('status', 'in', ['confirmed', 'rescheduled'])
    .where('startsAt', '>', now)
    .where('startsAt', '<=', new Date(now.getTime() + 24 * 3600_000))
    .limit(1000)
    .execute()
  return rows.map((r) => r.id)
}

export async function insertFollowUp(db: DbOrTx, row: { id: string; sessionId: string; personId: string; tokenHash: string | null; createdAt: Date }) {
  await db.insertInto('followUps').values(row).onConflict((oc) => oc.columns(['sessionId', 'personId']).doNothing()).execute()
}

/** A follow-up by its link: a signed one (id and link version) or one sent before links were signed (token hash). */
export async function followUpByLink(db: DbOrTx, link: { id: string; version: number } | { tokenHash: string }) {
  const query = db
    .selectFrom('followUps as f')
    .innerJoin('sessions as s', 's.id', 'f.sessionId')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .innerJoin('people as p', 'p.id', 'f.personId')
    .select(['f.id', 'f.sessionId', 'f.personId', 'f.respondedAt', 'f.held', 'f.usefulness', 'f.intention', 'f.nextStep', 'f.confirmedAt', 'p.name', 'e.title as eventTitle', 's.startsAt', 's.endsAt', 'e.timeZone'])
  return ('tokenHash' in link ? query.where('f.tokenHash', '=', link.tokenHash) : query.where('f.id', '=', link.id).where('f.linkVersion', '=', link.version)).executeTakeFirst()
}

export async function saveFollowUpAnswers(db: DbOrTx, id: string, answers: { held: boolean; usefulness: number | null; intention: boolean | null; nextStep: string | null; respondedAt: Date }) {
  await db.updateTable('followUps').set(answers).where('id', '=', id).execute()
}

/**
 * Follow-ups for coordinators: answered ones to confirm, and unanswered ones to chase (who was
 * asked, when, and when the link last went out). Answered first, newest answers first.
 */
export async function listFollowUps(db: DbOrTx, filter: { sessionId?: string | undefined; unconfirmed?: boolean; answered?: boolean | undefined }) {
  let query = db
    .selectFrom('followUps as f')
    .innerJoin('people as p', 'p.id', 'f.personId')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select(['f.id', 'f.sessionId', 'f.personId', 'p.name as personName', 'p.email as personEmail', 'o.name as organizationName', 'f.createdAt as askedAt', 'f.respondedAt', 'f.held', 'f.usefulness', 'f.intention', 'f.nextStep', 'f.confirmedBy', 'f.confirmedAt', 'f.intentionId'])
  if (filter.unconfirmed || filter.answered === true) query = query.where('f.respondedAt', 'is not', null)
  if (filter.answered === false) query = query.where('f.respondedAt', 'is', null)
  if (filter.sessionId) query = query.where('f.sessionId', '=', filter.sessionId)
  if (filter.unconfirmed) query = query.where('f.confirmedAt', 'is', null)
  return query.orderBy(sql`f.responded_at is null`).orderBy('f.respondedAt', 'desc').orderBy('f.id').limit(1000).execute()
}

/** A new link for a follow-up: every earlier one (signed or not) stops working. */
export async function replaceFollowUpLink(db: DbOrTx, id: string) {
  await db.updateTable('followUps').set((eb) => ({ tokenHash: null, linkVersion: eb('linkVersion', '+', 1) })).where('id', '=', id).execute()
}

export async function findFollowUpById(db: DbOrTx, id: string) {
  return db.selectFrom('followUps').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export async function markFollowUpConfirmed(db: DbOrTx, id: string, by: string, at: Date, intentionId: string | null) {
  await db.updateTable('followUps').set({ confirmedBy: by, confirmedAt: at, intentionId }).where('id', '=', id).execute()
}
