import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import type { AuditEntity } from '../db/tables/audit.ts'
import { insertAuditEntry } from './audit.repository.ts'

// The association must answer "who changed this, and when". Every action that changes a record
// without a history of its own writes one entry here, in its own transaction: the actor, the
// time, what was done, and the fields that changed (from → to). Secrets are never written.

export interface Change {
  entity: AuditEntity
  entityId: string
  action: string
  changes?: Record<string, unknown>
}

/** `actor` is whoever acts (an Actor, or anything with a personId); null when no person did it. */
export async function recordChange(db: DbOrTx, ctx: ActionContext, actor: { personId: string } | null, change: Change) {
  await insertAuditEntry(db, { id: ctx.newId(), at: ctx.now(), actorId: actor?.personId ?? null, entity: change.entity, entityId: change.entityId, action: change.action, changes: change.changes ?? {} })
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null))

/** The fields of `after` that differ from `before`, as { field: { from, to } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {}
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined || field === 'updatedAt') continue
    if (comparable(before[field]) !== comparable(to)) out[field] = { from: before[field] ?? null, to }
  }
  return out
}
