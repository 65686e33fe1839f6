import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import { getEvent } from './read-events.ts'

/**
 * On the day, a person arrives at the desk: their arrival is recorded on every session of theirs
 * at this event that is still to be held (or is being held); `present: false` takes it back.
 */
export async function checkIn({ ctx, actor, eventId, personId, present }: { ctx: ActionContext; actor: Actor; eventId: string; personId: string; present: boolean }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以签到 (only coordinators check people in)')
  const event = await getEvent({ ctx, actor, id: eventId })
  if (event.status === 'cancelled') throw new ConflictError('活动已取消 (the event is cancelled)')
  const at = present ? ctx.now() : null
  return withTransaction(ctx.db, async (tx) => {
    const sessions = tx.selectFrom('sessions').select('id').where('eventId', '=', eventId).where('status', '<>', 'cancelled')
    const updated = await tx.updateTable('sessionAttendees').set({ checkedInAt: at }).where('personId', '=', personId).where('sessionId', 'in', sessions).returning('sessionId').execute()
    if (updated.length === 0) throw new NotFoundError('本活动的参会人')
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: eventId, action: present ? 'checked_in' : 'check_in_undone', changes: { personId } })
    return { personId, checkedInAt: at?.toISOString() ?? null, sessions: updated.length }
  })
}
