import { sql, type Insertable, type Updateable } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import type { DbOrTx } from '../db/database.ts'
import type { PageRequest } from '../db/page.ts'
import type { CapabilitiesTable, CapabilityHistoryTable } from '../db/tables/catalogue.ts'
import type { ListCapabilitiesQuery } from './capabilities.schemas.ts'
import { fullyReadableBy, readableBy, textMatches } from './catalogue.sql.ts'

/** Every column but the search vector, which only matching reads. */
export const CAPABILITY_COLUMNS = ['id', 'organizationId', 'organizationKind', 'title', 'description', 'fields', 'keywords', 'industryChains', 'serviceTypes', 'cooperationModes', 'readinessLevel', 'regionsServed', 'capacityPerMonth', 'visibility', 'status', 'createdBy', 'createdAt', 'updatedAt'] as const

export const LISTED_CAPABILITY_STATUSES = ['published'] as const

export async function insertCapability(db: DbOrTx, row: Insertable<CapabilitiesTable>) {
  return db.insertInto('capabilities').values(row).returning(CAPABILITY_COLUMNS).executeTakeFirstOrThrow()
}

export async function findCapability(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('capabilities').select(CAPABILITY_COLUMNS).where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

export async function updateCapabilityRow(db: DbOrTx, id: string, changes: Updateable<CapabilitiesTable>) {
  return db.updateTable('capabilities').set(changes).where('id', '=', id).returning(CAPABILITY_COLUMNS).executeTakeFirstOrThrow()
}

export async function listCapabilityRows(db: DbOrTx, actor: Actor, filter: Omit<ListCapabilitiesQuery, 'limit' | 'cursor'>, page: PageRequest) {
  let query = db.selectFrom('capabilities').select(CAPABILITY_COLUMNS).where(readableBy(actor, LISTED_CAPABILITY_STATUSES))
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.county) query = query.where(sql<boolean>`(regions_served = '{}' or regions_served @> array[${filter.county}]::text[])`)
  if (filter.industryChain) query = query.where('industryChains', '@>', sql<string[]>`array[${filter.industryChain}]::text[]`)
  // The owner is what a summary hides: the filter matches only rows read in full.
  if (filter.organizationId) query = query.where('organizationId', '=', filter.organizationId).where(fullyReadableBy(actor))
  if (filter.serviceType) query = query.where('serviceTypes', '@>', sql<string[]>`array[${filter.serviceType}]::text[]`)
  if (filter.q) query = query.where(textMatches(actor, filter.q))
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute()
}

export async function replaceExperts(db: DbOrTx, capabilityId: string, personIds: string[]) {
  await db.deleteFrom('capabilityExperts').where('capabilityId', '=', capabilityId).execute()
  if (personIds.length > 0) {
    await db.insertInto('capabilityExperts').values(personIds.map((personId) => ({ capabilityId, personId }))).execute()
  }
}

/** Experts of several capabilities at once, so a page of them costs one query. */
export async function expertsOf(db: DbOrTx, capabilityIds: string[]) {
  if (capabilityIds.length === 0) return []
  return db
    .selectFrom('capabilityExperts as ce')
    .innerJoin('people as p', 'p.id', 'ce.personId')
    .select(['ce.capabilityId', 'p.id', 'p.name', 'p.position'])
    .where('ce.capabilityId', 'in', capabilityIds)
    .orderBy('p.name')
    .execute()
}

export async function insertCapabilityHistory(db: DbOrTx, row: Insertable<CapabilityHistoryTable>) {
  await db.insertInto('capabilityHistory').values(row).execute()
}

export async function listCapabilityHistory(db: DbOrTx, capabilityId: string) {
  return db
    .selectFrom('capabilityHistory as h')
    .innerJoin('people as p', 'p.id', 'h.actorId')
    .select(['h.id', 'h.at', 'h.actorId', 'p.name as actorName', 'h.action', 'h.fromStatus', 'h.toStatus', 'h.changes', 'h.reason'])
    .where('h.capabilityId', '=', capabilityId)
    .orderBy('h.at')
    .orderBy('h.id')
    .execute()
}
