import { allOrNothing } from '../db/bulk.ts'
import { changedFields, recordChange } from '../audit/record-change.ts'
import type { Actor } from '../auth/actor.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { announceSession } from './announce-session.ts'
import { clashError } from './book-session.ts'
import type { UpdateSession } from './events.schemas.ts'
import { askAgain, findEvent, findSession, sessionMatchesOf, sessionsOf, updateSessionRow } from './events.repository.ts'
import { requireStarted, requireWithinOpeningHours } from './session-rules.ts'

/** Many sessions given one status in one transaction: all change, or none. */
export async function updateSessions({ ctx, actor, sessionIds, status }: { ctx: ActionContext; actor: Actor; sessionIds: string[]; status: NonNullable<UpdateSession['status']> }) {
  return allOrNothing(ctx.db, sessionIds, (tx, id) => updateSession({ ctx: { ...ctx, db: tx as ActionContext['db'] }, actor, id, input: { status } }))
}

/**
 * Reschedule, move, confirm, cancel or record a session. A change of time, table or status raises
 * its sequence (the calendar invite's SEQUENCE), so every client takes the update over the old one.
 */
export async function updateSession({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdateSession }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以调整对接 (only coordinators change sessions)')
  const session = await findSession(ctx.db, id)
  if (!session) throw new NotFoundError('对接会')
  const startsAt = input.startsAt ?? session.startsAt
  const endsAt = input.endsAt ?? session.endsAt
  if (startsAt >= endsAt) throw new ValidationError('结束须晚于开始 (endsAt must be after startsAt)', [{ path: 'endsAt', message: '早于开始' }])
  const tableId = input.tableId !== undefined ? input.tableId : session.tableId
  const retimed = startsAt.getTime() !== session.startsAt.getTime() || endsAt.getTime() !== session.endsAt.getTime()
  const moved = retimed || tableId !== session.tableId
  const event = (await findEvent(ctx.db, session.eventId))!
  if (retimed) requireWithinOpeningHours(event, { startsAt, endsAt })
  if (input.status && input.status !== session.status) requireStarted(input.status, startsAt, ctx.now(), event.timeZone)
  let status = input.status ?? session.status
  if (moved && !input.status && session.status !== 'proposed') status = 'rescheduled'
  const changed = moved || status !== session.status
  const attendees = (await sessionsOf(ctx.db, session.eventId, [id]))[0]!.attendees
  // Invites go out when a session is confirmed; after that every move or cancellation is announced.
  const announcement = !session.announced
    ? status === 'confirmed' ? 'invite' : null
    : status === 'cancelled' && session.status !== 'cancelled' ? 'cancellation' : moved ? 'update' : null
  try {
    await withTransaction(ctx.db, async (tx) => {
      const announced = session.announced || announcement === 'invite'
      await updateSessionRow(tx, id, { startsAt, endsAt, tableId, status, pinned: input.pinned ?? session.pinned, sequence: session.sequence + (changed ? 1 : 0), announced, updatedAt: ctx.now() })
      // A new time is a significant change (RFC 5546 §2.1.4): whoever accepted the old one is asked again.
      if (retimed) await askAgain(tx, id)
      await recordChange(tx, ctx, actor, { entity: 'session', entityId: id, action: 'updated', changes: changedFields(session, { startsAt, endsAt, tableId, status, pinned: input.pinned }) })
      if (announcement) await announceSession(tx, ctx, id, announcement)
      if (status === 'held' && session.status !== 'held') {
        const needIds = [session.needId, ...(await sessionMatchesOf(tx, id)).map((m) => m.needId)].filter((n): n is string => n !== null)
        await advanceNeeds(tx, ctx, actor, needIds, 'held', `对接会已举行：${event.title}`)
      }
    })
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error
    const others = attendees.filter((a) => a.response !== 'declined').map((a) => a.personId)
    throw await clashError(ctx.db, { startsAt, endsAt }, { personIds: others, tableId, exceptSessionId: id }, event.timeZone)
  }
  return (await sessionsOf(ctx.db, session.eventId, [id]))[0]!
}
