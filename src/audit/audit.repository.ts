import type { DbOrTx } from '../db/database.ts'
import type { AuditEntity, AuditLogTable } from '../db/tables/audit.ts'

export async function insertAuditEntry(db: DbOrTx, row: AuditLogTable) {
  await db.insertInto('auditLog').values({ ...row, changes: JSON.stringify(row.changes) as never }).execute()
}

export async function listAuditEntries(db: DbOrTx, filter: { entity?: AuditEntity | undefined; entityId?: string | undefined; actorId?: string | undefined; before?: Date | undefined }, limit: number) {
  let q = db.selectFrom('auditLog as a').leftJoin('people as p', 'p.id', 'a.actorId').select(['a.id', 'a.at', 'a.actorId', 'p.name as actorName', 'a.entity', 'a.entityId', 'a.action', 'a.changes'])
  if (filter.entity) q = q.where('a.entity', '=', filter.entity)
  if (filter.entityId) q = q.where('a.entityId', '=', filter.entityId)
  if (filter.actorId) q = q.where('a.actorId', '=', filter.actorId)
  if (filter.before) q = q.where('a.at', '<', filter.before)
  return q.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute()
}
