import { sql, type Insertable, type Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import { likePattern, type PageRequest } from '../db/page.ts'
import type { OrganizationsTable } from '../db/tables/organizations.ts'
import type { ListOrganizationsQuery } from './organizations.schemas.ts'

export async function insertOrganization(db: DbOrTx, row: Insertable<OrganizationsTable>) {
  return db.insertInto('organizations').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function findOrganization(db: DbOrTx, id: string) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updateOrganizationRow(db: DbOrTx, id: string, changes: Updateable<OrganizationsTable>) {
  return db.updateTable('organizations').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export async function listOrganizationRows(db: DbOrTx, filter: Omit<ListOrganizationsQuery, 'limit' | 'cursor'>, page: PageRequest) {
  let query = db.selectFrom('organizations').selectAll()
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  if (filter.providerType) query = query.where('providerType', '=', filter.providerType)
  if (filter.county) query = query.where('county', '=', filter.county)
  if (filter.industryChain) query = query.where('industryChains', '@>', sql<string[]>`array[${filter.industryChain}]::text[]`)
  if (filter.q) query = query.where('name', 'ilike', likePattern(filter.q))
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute()
}

/** Which of these ids name an organisation. */
export async function existingOrganizationIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  return new Set((await db.selectFrom('organizations').select('id').where('id', 'in', ids).execute()).map((o) => o.id))
}

/** Organisations' names by id, for answers that people read (one query for a whole list). */
export async function organizationNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', unique).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
