import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError } from '../errors.ts'
import { announceSession } from './announce-session.ts'
import { sessionsOf, updateSessionRow } from './events.repository.ts'
import { getEvent } from './read-events.ts'

/** Confirms every proposed session of the event and queues their invites, in one transaction. */
export async function confirmEvent({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以确认日程 (only coordinators confirm timetables)')
  await getEvent({ ctx, actor, id: eventId })
  return withTransaction(ctx.db, async (tx) => {
    const proposed = (await sessionsOf(tx, eventId)).filter((s) => s.status === 'proposed')
    for (const s of proposed) {
      await updateSessionRow(tx, s.id, { startsAt: s.startsAt, endsAt: s.endsAt, tableId: s.tableId, status: 'confirmed', pinned: s.pinned, sequence: s.sequence, announced: true, updatedAt: ctx.now() })
      await announceSession(tx, ctx, s.id, 'invite')
    }
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: eventId, action: 'confirmed', changes: { sessions: proposed.map((s) => s.id) } })
    return { confirmed: proposed.length }
  })
}
