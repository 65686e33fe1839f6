import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import { listOutboxRows, outboxStatusOf, requeueFailed, type OutboxFilter } from './outbox.repository.ts'

// The outbox is the association's own record of every message: only coordinators read it, since
// it names every recipient of every organisation.
function coordinatorOnly(actor: Actor) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以查看发件箱 (only coordinators see the outbox)')
}

export async function listOutbox({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: OutboxFilter & { limit: number; cursor?: string | undefined } }) {
  coordinatorOnly(actor)
  const { limit, cursor, ...filter } = query
  const page = await listOutboxRows(ctx.db, filter, { limit, cursor })
  const iso = (d: Date | null) => d?.toISOString() ?? null
  return { nextCursor: page.nextCursor, items: page.items.map((r) => ({ ...r, nextAttemptAt: iso(r.nextAttemptAt), sentAt: iso(r.sentAt), createdAt: r.createdAt.toISOString() })) }
}

/** Sends a failed message again: due at once, with a fresh count of attempts; recorded in the audit log. */
export async function resendMail({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  coordinatorOnly(actor)
  const requeued = await requeueFailed(ctx.db, id, ctx.now())
  if (!requeued) {
    const current = await outboxStatusOf(ctx.db, id)
    if (!current) throw new NotFoundError('邮件')
    throw new ConflictError(`只有发送失败的邮件可以重发；此邮件状态为 ${current.status} (only failed mail is resent)`)
  }
  await recordChange(ctx.db, ctx, actor, { entity: 'mail', entityId: id, action: 'resent', changes: { to: requeued.toEmail, subject: requeued.subject } })
  return { id, status: 'pending' as const }
}
