import type { Insertable, Updateable } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import type { DbOrTx } from '../db/database.ts'
import type { PageRequest } from '../db/page.ts'
import type { NeedHistoryTable, NeedsTable } from '../db/tables/catalogue.ts'
import { fullyReadableBy, readableBy, textMatches } from './catalogue.sql.ts'
import { LISTED_NEED_STATUSES } from './need-status.ts'
import type { ListNeedsQuery } from './needs.schemas.ts'

/** Every column but the search vector, which only matching reads. */
export const NEED_COLUMNS = ['id', 'organizationId', 'organizationKind', 'title', 'description', 'industryChain', 'fields', 'keywords', 'needType', 'cooperationModes', 'budgetMinYuan', 'budgetMaxYuan', 'deadline', 'county', 'visibility', 'status', 'contactPersonId', 'createdBy', 'createdAt', 'updatedAt'] as const

export async function insertNeed(db: DbOrTx, row: Insertable<NeedsTable>) {
  return db.insertInto('needs').values(row).returning(NEED_COLUMNS).executeTakeFirstOrThrow()
}

export async function findNeed(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('needs').select(NEED_COLUMNS).where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

export async function updateNeedRow(db: DbOrTx, id: string, changes: Updateable<NeedsTable>) {
  return db.updateTable('needs').set(changes).where('id', '=', id).returning(NEED_COLUMNS).executeTakeFirstOrThrow()
}

export async function listNeedRows(db: DbOrTx, actor: Actor, filter: Omit<ListNeedsQuery, 'limit' | 'cursor'>, page: PageRequest) {
  let query = db.selectFrom('needs').select(NEED_COLUMNS).where(readableBy(actor, LISTED_NEED_STATUSES))
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.county) query = query.where('county', '=', filter.county)
  if (filter.industryChain) query = query.where('industryChain', '=', filter.industryChain)
  // The owner is what a summary hides: the filter matches only rows read in full.
  if (filter.organizationId) query = query.where('organizationId', '=', filter.organizationId).where(fullyReadableBy(actor))
  if (filter.needType) query = query.where('needType', '=', filter.needType)
  if (filter.q) query = query.where(textMatches(actor, filter.q))
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function insertNeedHistory(db: DbOrTx, row: Insertable<NeedHistoryTable>) {
  await db.insertInto('needHistory').values(row).execute()
}

export async function listNeedHistory(db: DbOrTx, needId: string) {
  return db
    .selectFrom('needHistory as h')
    .innerJoin('people as p', 'p.id', 'h.actorId')
    .select(['h.id', 'h.at', 'h.actorId', 'p.name as actorName', 'h.action', 'h.fromStatus', 'h.toStatus', 'h.changes', 'h.reason'])
    .where('h.needId', '=', needId)
    .orderBy('h.at')
    .orderBy('h.id')
    .execute()
}
