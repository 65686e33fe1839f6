import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

export async function enterprisesByName(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('kind', '=', 'enterprise').execute()
  return new Map(rows.map((r) => [r.name, r.id]))
}

export async function needByOwnerAndTitle(db: DbOrTx, organizationId: string, title: string) {
  return db.selectFrom('needs').select(['id', 'status']).where('organizationId', '=', organizationId).where('title', '=', title).orderBy('id').executeTakeFirst()
}

/** Open needs for the compendium, with their enterprise and contact. Confidential ones never appear. */
export async function compendiumNeeds(db: DbOrTx, filter: { county?: string | undefined; industryChain?: string | undefined }) {
  let query = db
    .selectFrom('needs as n')
    .innerJoin('organizations as o', 'o.id', 'n.organizationId')
    .leftJoin('people as p', 'p.id', 'n.contactPersonId')
    .select(['n.id', 'n.title', 'n.description', 'n.county', 'n.industryChain', 'n.needType', 'n.cooperationModes', 'n.budgetMinYuan', 'n.budgetMaxYuan', 'n.deadline', 'n.visibility', 'o.name as enterprise', 'p.name as contactName', 'p.phone as contactPhone', 'p.email as contactEmail'])
    .where('n.status', 'in', ['published', 'matched', 'shortlisted', 'scheduled', 'held'])
    .where('n.visibility', '<>', 'confidential')
  if (filter.county) query = query.where('n.county', '=', filter.county)
  if (filter.industryChain) query = query.where('n.industryChain', '=', filter.industryChain)
  return query.orderBy('n.industryChain').orderBy('n.id').execute()
}
export type CompendiumNeed = Awaited<ReturnType<typeof compendiumNeeds>>[number]

export async function providersByName(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('kind', '=', 'provider').execute()
  return new Map(rows.map((r) => [r.name, r.id]))
}

export async function organizationByCodeOrName(db: DbOrTx, creditCode: string | null, name: string) {
  let query = db.selectFrom('organizations').select(['id', 'kind'])
  query = creditCode ? query.where((eb) => eb.or([eb('creditCode', '=', creditCode), eb('name', '=', name)])) : query.where('name', '=', name)
  return query.orderBy('id').executeTakeFirst()
}

export async function capabilityByOwnerAndTitle(db: DbOrTx, organizationId: string, title: string) {
  return db.selectFrom('capabilities').select('id').where('organizationId', '=', organizationId).where('title', '=', title).orderBy('id').executeTakeFirst()
}

/** A person of the organisation known by e-mail (case-insensitive) or, failing that, by name. */
export async function colleagueByEmailOrName(db: DbOrTx, organizationId: string, email: string | null, name: string) {
  if (email) {
    const byEmail = await db.selectFrom('people').select(['id', 'organizationId']).where('organizationId', '=', organizationId).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst()
    if (byEmail) return byEmail
  }
  return db.selectFrom('people').select(['id', 'organizationId']).where('organizationId', '=', organizationId).where('name', '=', name).orderBy('id').executeTakeFirst()
}
