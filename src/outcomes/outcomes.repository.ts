import type { Insertable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { AgreementsTable, IntentionsTable, ResolutionRow, ResolutionsTable } from '../db/tables/outcomes.ts'

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

type OutcomeTable = 'intentions' | 'agreements'
const ENTITY = { intentions: 'intention', agreements: 'agreement' } as const

export async function findOutcome(db: DbOrTx, table: OutcomeTable, id: string) {
  return db.selectFrom(table).selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

/** Keeps the current row as a version, then applies the correction: nothing is ever overwritten unrecorded. */
export async function correctOutcome(
  db: DbOrTx,
  table: OutcomeTable,
  current: { id: string; version: number } & Record<string, unknown>,
  changes: Record<string, unknown>,
  by: { versionId: string; personId: string; at: Date; reason: string },
) {
  await db
    .insertInto('outcomeVersions')
    .values({ id: by.versionId, entity: ENTITY[table], entityId: current.id, version: current.version, snapshot: JSON.stringify({ ...current, correctionReason: by.reason }), changedBy: by.personId, changedAt: by.at })
    .execute()
  return db
    .updateTable(table)
    .set({ ...changes, version: current.version + 1, updatedAt: by.at } as never)
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function outcomeVersions(db: DbOrTx, table: OutcomeTable, id: string) {
  return db.selectFrom('outcomeVersions').select(['version', 'snapshot', 'changedBy', 'changedAt']).where('entity', '=', ENTITY[table]).where('entityId', '=', id).orderBy('version').execute()
}

/** Outcomes in a period (by their own date), newest first; staff see those their organisation is party to. */
export async function listOutcomes(db: DbOrTx, table: OutcomeTable, filter: { from?: string | undefined; to?: string | undefined; organizationId?: string | null }) {
  const date = table === 'intentions' ? 'statedOn' : 'signedOn'
  let query = db.selectFrom(table).selectAll()
  if (filter.from) query = query.where(date, '>=', filter.from)
  if (filter.to) query = query.where(date, '<=', filter.to)
  if (filter.organizationId) query = query.where((eb) => eb.or([eb('enterpriseId', '=', filter.organizationId!), eb('providerId', '=', filter.organizationId!)]))
  return query.orderBy(date, 'desc').orderBy('id', 'desc').limit(5000).execute()
}

export async function resolutionOf(db: DbOrTx, needId: string) {
  return db.selectFrom('resolutions').selectAll().where('needId', '=', needId).forUpdate().executeTakeFirst()
}

/** A need resolved again after a reopening: the earlier resolution is kept as a version, then replaced. */
export async function replaceResolution(db: DbOrTx, current: ResolutionRow, next: Omit<Insertable<ResolutionsTable>, 'id' | 'needId' | 'createdAt'>, by: { versionId: string; personId: string; at: Date }) {
  await db
    .insertInto('outcomeVersions')
    .values({ id: by.versionId, entity: 'resolution', entityId: current.id, version: current.version, snapshot: JSON.stringify(current), changedBy: by.personId, changedAt: by.at })
    .execute()
  return db.updateTable('resolutions').set({ ...next, version: current.version + 1 }).where('id', '=', current.id).returningAll().executeTakeFirstOrThrow()
}
