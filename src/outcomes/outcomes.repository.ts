import type { Insertable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { AgreementsTable, IntentionsTable, ResolutionsTable } from '../db/tables/outcomes.ts'

export async function insertIntention(db: DbOrTx, row: Insertable<IntentionsTable>) {
  return db.insertInto('intentions').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function insertAgreement(db: DbOrTx, row: Insertable<AgreementsTable>) {
  return db.insertInto('agreements').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function insertResolution(db: DbOrTx, row: Insertable<ResolutionsTable>) {
  return db.insertInto('resolutions').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function exists(db: DbOrTx, table: 'agreements' | 'sessions' | 'intentions', id: string): Promise<boolean> {
  return Boolean(await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst())
}
