import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError } from '../errors.ts'
import { deleteUnpinnedProposals } from './events.repository.ts'
import { getEvent } from './read-events.ts'

/**
 * Takes back an applied proposal: the unpinned sessions nobody was told of yet. Pinned, confirmed
 * and held sessions stay; the needs keep their status, as after any cancelled session.
 */
export async function clearProposals({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以排程 (only coordinators schedule events)')
  await getEvent({ ctx, actor, id: eventId })
  return withTransaction(ctx.db, async (tx) => {
    const removed = await deleteUnpinnedProposals(tx, eventId)
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: eventId, action: 'timetable_cleared', changes: { sessions: removed } })
    return { removed }
  })
}
