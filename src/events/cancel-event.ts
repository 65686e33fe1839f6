import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import { updateEventRow } from './event-edits.repository.ts'
import { findEvent, sessionsOf } from './events.repository.ts'
import { updateSession } from './update-session.ts'

/**
 * A coordinator cancels a whole event: every session not yet held is cancelled, and every
 * attendee who was sent an invite gets the CANCEL, in one transaction. An event where a session
 * was already held has happened: its remaining sessions are cancelled one by one instead.
 */
export async function cancelEvent({ ctx, actor, id, reason }: { ctx: ActionContext; actor: Actor; id: string; reason: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以取消对接活动 (only coordinators cancel events)')
  return withTransaction(ctx.db, async (tx) => {
    const event = await findEvent(tx, id)
    if (!event) throw new NotFoundError('对接活动')
    if (event.status === 'cancelled') throw new ConflictError('活动已取消 (the event is already cancelled)')
    const sessions = await sessionsOf(tx, id)
    if (sessions.some((s) => s.status === 'held' || s.status === 'no_show')) {
      throw new ConflictError('活动已有对接会举行，不能整体取消；请逐场取消尚未举行的对接会 (sessions were already held: cancel the rest one by one)')
    }
    let cancelled = 0
    for (const s of sessions.filter((x) => x.status !== 'cancelled')) {
      await updateSession({ ctx: { ...ctx, db: tx }, actor, id: s.id, input: { status: 'cancelled' } })
      cancelled++
    }
    await updateEventRow(tx, id, { status: 'cancelled', cancelledAt: ctx.now(), cancelReason: reason, updatedAt: ctx.now() })
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: id, action: 'cancelled', changes: { reason, sessionsCancelled: cancelled } })
    return { event: (await findEvent(tx, id))!, sessionsCancelled: cancelled }
  })
}
