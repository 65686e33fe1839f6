import type { Insertable, Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { MatchTermsTable } from '../db/tables/matching.ts'
import type { TermGroup } from './terms.ts'

export async function termGroups(db: DbOrTx): Promise<TermGroup[]> {
  const rows = await db.selectFrom('matchTerms').select('terms').orderBy('id').execute()
  return rows.map((r) => r.terms)
}

export async function listTermRows(db: DbOrTx) {
  return db.selectFrom('matchTerms').selectAll().orderBy('id').execute()
}

export async function findTermRow(db: DbOrTx, id: string) {
  return db.selectFrom('matchTerms').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertTermRow(db: DbOrTx, row: Insertable<MatchTermsTable>) {
  return db.insertInto('matchTerms').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateTermRow(db: DbOrTx, id: string, changes: Updateable<MatchTermsTable>) {
  return db.updateTable('matchTerms').set(changes).where('id', '=', id).returningAll().executeTakeFirst()
}

export async function deleteTermRow(db: DbOrTx, id: string) {
  return db.deleteFrom('matchTerms').where('id', '=', id).returning('id').executeTakeFirst()
}
