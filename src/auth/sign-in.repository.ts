import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

export async function revokeLiveInvitations(db: DbOrTx, personId: string, at: Date) {
  await db.updateTable('invitations').set({ revokedAt: at }).where('personId', '=', personId).where('acceptedAt', 'is', null).where('revokedAt', 'is', null).execute()
}

export async function insertInvitation(db: DbOrTx, row: { id: string; personId: string; invitedBy: string | null; createdAt: Date; expiresAt: Date }) {
  await db.insertInto('invitations').values({ ...row, acceptedAt: null, revokedAt: null }).execute()
}

/** An invitation with the person it is for. */
export async function findInvitation(db: DbOrTx, id: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('people as p', 'p.id', 'i.personId')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .leftJoin('people as by', 'by.id', 'i.invitedBy')
    .select(['i.id', 'i.personId', 'i.expiresAt', 'i.acceptedAt', 'i.revokedAt', 'p.name', 'p.email', 'p.language', 'p.accessDisabledAt', 'o.name as organizationName', 'by.name as invitedByName'])
    .where('i.id', '=', id)
    .executeTakeFirst()
}

export async function markInvitationAccepted(db: DbOrTx, id: string, at: Date) {
  const updated = await db.updateTable('invitations').set({ acceptedAt: at }).where('id', '=', id).where('acceptedAt', 'is', null).returning('id').execute()
  return updated.length > 0
}

export async function authUserOfPerson(db: DbOrTx, personId: string) {
  return db.selectFrom('authUsers').select(['id', 'email']).where('personId', '=', personId).executeTakeFirst()
}

export async function authUserByEmail(db: DbOrTx, email: string) {
  return db.selectFrom('authUsers').select('id').where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst()
}

/** The person behind a sign-in address (for the mails better-auth asks us to send). */
export async function personOfAuthEmail(db: DbOrTx, email: string) {
  return db.selectFrom('authUsers as u').innerJoin('people as p', 'p.id', 'u.personId').select(['p.id', 'p.name', 'p.email', 'p.language']).where('u.email', '=', email.toLowerCase()).executeTakeFirst()
}

/** Whether the person behind a better-auth user may sign in. */
export async function mayStartSession(db: DbOrTx, userId: string) {
  const row = await db.selectFrom('authUsers as u').innerJoin('people as p', 'p.id', 'u.personId').select('p.accessDisabledAt').where('u.id', '=', userId).executeTakeFirst()
  return !!row && !row.accessDisabledAt
}

export async function setAccessDisabled(db: DbOrTx, personId: string, at: Date | null) {
  await db.updateTable('people').set({ accessDisabledAt: at }).where('id', '=', personId).execute()
}

/** Signs the person out everywhere. */
export async function endSessionsOf(db: DbOrTx, personId: string) {
  await db.deleteFrom('authSessions').where('userId', 'in', db.selectFrom('authUsers').select('id').where('personId', '=', personId)).execute()
}
