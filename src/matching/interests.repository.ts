import type { Insertable, Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { NeedInterestsTable } from '../db/tables/matching.ts'

export const insertInterest = (db: DbOrTx, row: Insertable<NeedInterestsTable>) => db.insertInto('needInterests').values(row).returningAll().executeTakeFirstOrThrow()

export const findInterest = (db: DbOrTx, id: string) => db.selectFrom('needInterests').selectAll().where('id', '=', id).executeTakeFirst()

export const interestFor = (db: DbOrTx, needId: string, capabilityId: string) =>
  db.selectFrom('needInterests').select('id').where('needId', '=', needId).where('capabilityId', '=', capabilityId).executeTakeFirst()

export const updateInterest = (db: DbOrTx, id: string, changes: Updateable<NeedInterestsTable>) =>
  db.updateTable('needInterests').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()

/**
 * Interests with the titles and names a list shows, newest first. `scope` says whose: one interest, one need's,
 * those a provider expressed, those in an enterprise's needs, or (null) all of them.
 */
export async function listInterestRows(db: DbOrTx, scope: { id?: string; needId?: string; providerId?: string; enterpriseId?: string; status?: string }) {
  let query = db
    .selectFrom('needInterests as i')
    .innerJoin('needs as n', 'n.id', 'i.needId')
    .innerJoin('capabilities as c', 'c.id', 'i.capabilityId')
    .innerJoin('organizations as p', 'p.id', 'i.providerId')
    .innerJoin('people as who', 'who.id', 'i.personId')
    .select(['i.id', 'i.needId', 'i.capabilityId', 'i.providerId', 'i.note', 'i.status', 'i.decisionNote', 'i.decidedAt', 'i.createdAt', 'n.title as needTitle', 'n.organizationId as enterpriseId', 'c.title as capabilityTitle', 'p.name as providerName', 'who.name as personName'])
    .orderBy('i.createdAt', 'desc')
    .limit(500)
  if (scope.id) query = query.where('i.id', '=', scope.id)
  if (scope.needId) query = query.where('i.needId', '=', scope.needId)
  if (scope.providerId) query = query.where('i.providerId', '=', scope.providerId)
  if (scope.enterpriseId) query = query.where('n.organizationId', '=', scope.enterpriseId)
  if (scope.status) query = query.where('i.status', '=', scope.status as 'pending')
  return query.execute()
}
