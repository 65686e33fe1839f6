import type { ActionContext } from '../deps.ts'
import type { AuditEntity } from '../db/tables/audit.ts'
import { ForbiddenError } from '../errors.ts'
import { listAuditEntries } from './audit.repository.ts'

/** The audit log, newest first, for coordinators. */
export async function readAuditLog({ ctx, actor, query }: { ctx: ActionContext; actor: { role: string }; query: { entity?: AuditEntity | undefined; entityId?: string | undefined; actorId?: string | undefined; before?: string | undefined; limit: number } }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('审计记录仅供科协工作人员查看 (the audit log is for coordinators)')
  const { limit, before, ...filter } = query
  return listAuditEntries(ctx.db, { ...filter, before: before ? new Date(before) : undefined }, limit)
}
