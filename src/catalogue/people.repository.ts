import { sql } from 'kysely'
import type { Insertable, Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import { likePattern, type PageRequest } from '../db/page.ts'
import type { PeopleTable } from '../db/tables/organizations.ts'

export async function insertPerson(db: DbOrTx, row: Insertable<PeopleTable>) {
  return db.insertInto('people').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function findPerson(db: DbOrTx, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updatePersonRow(db: DbOrTx, id: string, changes: Updateable<PeopleTable>) {
  return db.updateTable('people').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export async function listPersonRows(db: DbOrTx, filter: { organizationId?: string | undefined; q?: string | undefined }, page: PageRequest) {
  let query = db.selectFrom('people').selectAll()
  if (filter.organizationId) query = query.where('organizationId', '=', filter.organizationId)
  // At the desk a person is found by any part of their name, e-mail or phone.
  if (filter.q) query = query.where((eb) => eb.or(['name', 'email', 'phone'].map((c) => eb(c as 'name', 'ilike', likePattern(filter.q!)))))
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** Of the given people, those who belong to the organisation (to check a list of experts). */
export async function peopleOfOrganization(db: DbOrTx, organizationId: string, ids: string[]) {
  if (ids.length === 0) return []
  return db.selectFrom('people').select(['id', 'name', 'position']).where('organizationId', '=', organizationId).where('id', 'in', ids).execute()
}

/** People's names by id, for answers that people read. */
export async function personNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', unique).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Ends a person's sign-in (their better-auth user, sessions and password go with it). */
export async function forgetSignIn(db: DbOrTx, personId: string) {
  await db.deleteFrom('authUsers').where('personId', '=', personId).execute()
}

/** A person of the organisation by e-mail, whatever its case. */
export async function colleagueByEmail(db: DbOrTx, organizationId: string, email: string) {
  return db.selectFrom('people').select(['id', 'name']).where('organizationId', '=', organizationId).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst()
}
