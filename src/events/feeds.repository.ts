import type { DbOrTx } from '../db/database.ts'

export async function revokeLiveFeeds(db: DbOrTx, personId: string, at: Date) {
  return db.updateTable('calendarFeeds').set({ revokedAt: at }).where('personId', '=', personId).where('revokedAt', 'is', null).returning('id').execute()
}

export async function insertFeed(db: DbOrTx, row: { id: string; personId: string; tokenHash: string; createdAt: Date }) {
  await db.insertInto('calendarFeeds').values(row).execute()
}

export async function feedOwner(db: DbOrTx, tokenHash: string) {
  return db
    .selectFrom('calendarFeeds as f')
    .innerJoin('people as p', 'p.id', 'f.personId')
    .select(['p.id', 'p.name', 'p.language'])
    .where('f.tokenHash', '=', tokenHash)
    .where('f.revokedAt', 'is', null)
    .executeTakeFirst()
}

/** The sessions a person attends (not those they declined), by time. */
export async function sessionIdsOfPerson(db: DbOrTx, personId: string) {
  const rows = await db
    .selectFrom('sessionAttendees as a')
    .innerJoin('sessions as s', 's.id', 'a.sessionId')
    .select('s.id')
    .where('a.personId', '=', personId)
    .where('a.response', '<>', 'declined')
    .orderBy('s.startsAt')
    .limit(500)
    .execute()
  return rows.map((r) => r.id)
}
