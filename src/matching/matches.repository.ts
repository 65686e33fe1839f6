import { sql } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import { readableBy } from '../catalogue/catalogue.sql.ts'
import { CAPABILITY_COLUMNS, LISTED_CAPABILITY_STATUSES } from '../catalogue/capabilities.repository.ts'
import { NEED_COLUMNS } from '../catalogue/needs.repository.ts'
import type { Database, DbOrTx } from '../db/database.ts'
import type { Insertable, SelectQueryBuilder } from 'kysely'
import type { MatchHistoryTable, MatchStatus, MatchesTable } from '../db/tables/matching.ts'
import { anyOfQuery } from './search-vector.ts'
import { RECALL } from './weights.ts'

/** Needs still looking for a partner: the ones suggested to providers. */
export const OPEN_NEED_STATUSES = ['published', 'matched', 'shortlisted', 'scheduled', 'held'] as const

/**
 * Candidates for one need: the published capabilities the actor may read whose search vector
 * holds one of the recall tokens (GIN index, best ts_rank first), plus a few of the same chain
 * and service type in case the words miss entirely. Never a scan of the whole catalogue.
 */
export async function recallCapabilities(db: DbOrTx, actor: Actor, recall: { tokens: string[]; industryChain: string; needType: string }) {
  const base = () => db.selectFrom('capabilities').select(CAPABILITY_COLUMNS).where('status', 'in', LISTED_CAPABILITY_STATUSES).where(readableBy(actor, LISTED_CAPABILITY_STATUSES))
  const byText = recall.tokens.length ? await bestByText(base(), recall.tokens).execute() : []
  const byFacts = await base()
    .where('industryChains', '@>', sql<string[]>`array[${recall.industryChain}]::text[]`)
    .where('serviceTypes', '@>', sql<string[]>`array[${recall.needType}]::text[]`)
    .orderBy('id')
    .limit(RECALL.structuredCandidates)
    .execute()
  return union(byText, byFacts)
}

/** These capabilities, where listed and readable by the actor: the last word on access for the memory path. */
export async function readableCapabilities(db: DbOrTx, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db.selectFrom('capabilities').select(CAPABILITY_COLUMNS).where('id', 'in', [...ids]).where('status', 'in', LISTED_CAPABILITY_STATUSES).where(readableBy(actor, LISTED_CAPABILITY_STATUSES)).execute()
}

/** Candidates for one capability: open needs the actor may read, found the same way. */
export async function recallNeeds(db: DbOrTx, actor: Actor, recall: { tokens: string[]; industryChains: readonly string[]; serviceTypes: readonly string[] }) {
  const base = () => db.selectFrom('needs').select(NEED_COLUMNS).where('status', 'in', OPEN_NEED_STATUSES).where(readableBy(actor, OPEN_NEED_STATUSES))
  const byText = recall.tokens.length ? await bestByText(base(), recall.tokens).execute() : []
  const byFacts =
    recall.industryChains.length && recall.serviceTypes.length
      ? await base().where('industryChain', 'in', [...recall.industryChains]).where('needType', 'in', [...recall.serviceTypes]).orderBy('id').limit(RECALL.structuredCandidates).execute()
      : []
  return union(byText, byFacts)
}

/** The rows whose search vector holds any of the tokens (GIN index), best ts_rank first. */
function bestByText<QB extends SelectQueryBuilder<Database, 'needs' | 'capabilities', object>>(query: QB, tokens: string[]): QB {
  const tsquery = sql`${anyOfQuery(tokens)}::tsquery`
  return query.where(sql<boolean>`search_vector @@ ${tsquery}`).orderBy(sql`ts_rank(search_vector, ${tsquery})`, 'desc').orderBy(sql`id`).limit(RECALL.candidates) as QB
}

function union<T extends { id: string }>(first: T[], second: T[]): T[] {
  const seen = new Set(first.map((r) => r.id))
  return [...first, ...second.filter((r) => !seen.has(r.id))]
}

export async function decisionsFor(db: DbOrTx, side: { needId: string } | { capabilityId: string }) {
  const query = db.selectFrom('matches').select(['id', 'needId', 'capabilityId', 'status', 'decidedBy', 'decidedAt'])
  return 'needId' in side ? query.where('needId', '=', side.needId).execute() : query.where('capabilityId', '=', side.capabilityId).execute()
}

export async function findMatch(db: DbOrTx, needId: string, capabilityId: string) {
  return db.selectFrom('matches').selectAll().where('needId', '=', needId).where('capabilityId', '=', capabilityId).forUpdate().executeTakeFirst()
}

export async function insertMatch(db: DbOrTx, row: Insertable<MatchesTable>) {
  return db.insertInto('matches').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateMatch(db: DbOrTx, id: string, changes: { status: MatchStatus; score: number; reasons: string; note: string | null; decidedBy: string; decidedAt: Date }) {
  return db.updateTable('matches').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export async function insertMatchHistory(db: DbOrTx, row: Insertable<MatchHistoryTable>) {
  await db.insertInto('matchHistory').values(row).execute()
}

export async function listMatchRows(db: DbOrTx, filter: { needId?: string | undefined; capabilityId?: string | undefined; status?: MatchStatus | undefined }, page: { limit: number; cursor?: string | undefined }) {
  let query = db.selectFrom('matches').selectAll()
  if (filter.needId) query = query.where('needId', '=', filter.needId)
  if (filter.capabilityId) query = query.where('capabilityId', '=', filter.capabilityId)
  if (filter.status) query = query.where('status', '=', filter.status)
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** Open needs picked by id, county or chain: the needs of a batch. */
export async function openNeeds(db: DbOrTx, filter: { needIds?: string[] | undefined; county?: string | undefined; industryChain?: string | undefined }, limit: number) {
  let query = db.selectFrom('needs').select(NEED_COLUMNS).where('status', 'in', OPEN_NEED_STATUSES)
  if (filter.needIds) query = query.where('id', 'in', filter.needIds)
  if (filter.county) query = query.where('county', '=', filter.county)
  if (filter.industryChain) query = query.where('industryChain', '=', filter.industryChain)
  return query.orderBy('id').limit(limit).execute()
}

/** Every capability, whatever its status: the statistics count them all, as the search index does. */
export async function catalogueCapabilities(db: DbOrTx, limit: number) {
  return db.selectFrom('capabilities').select(CAPABILITY_COLUMNS).orderBy('id').limit(limit).execute()
}

export async function rejectedPairs(db: DbOrTx, needIds: readonly string[]) {
  if (needIds.length === 0) return []
  return db.selectFrom('matches').select(['needId', 'capabilityId']).where('status', '=', 'rejected').where('needId', 'in', [...needIds]).execute()
}
