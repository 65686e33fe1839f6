import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { findCapability } from '../catalogue/capabilities.repository.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import { findNeed } from '../catalogue/needs.repository.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import type { BookSession } from './events.schemas.ts'
import { findClash, insertSession, peopleWithKind, sessionsOf } from './events.repository.ts'
import { getEvent } from './read-events.ts'
import { requireWithinOpeningHours } from './session-rules.ts'
import { formatLocalRange } from './zoned-time.ts'

const EXCLUSION_VIOLATION = '23P01'

/** Each attendee's side, from their organisation; an unknown person is a 400. */
export async function attendeeSides(db: DbOrTx, personIds: string[]) {
  const rows = await peopleWithKind(db, personIds)
  const missing = personIds.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length) throw new ValidationError('参会人员不存在 (unknown attendees)', missing.map((id) => ({ path: 'attendeeIds', message: `${id} 不存在` })))
  return rows.map((r) => ({ personId: r.id, side: (r.kind ?? 'coordinator') as 'enterprise' | 'provider' | 'coordinator' }))
}

/**
 * A coordinator books one session by hand. The database refuses any overlap of a person or a
 * table; the 409 then names what it clashes with.
 */
export async function bookSession({ ctx, actor, eventId, input }: { ctx: ActionContext; actor: Actor; eventId: string; input: BookSession }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以安排对接 (only coordinators book sessions)')
  const event = await getEvent({ ctx, actor, id: eventId })
  if (event.status === 'cancelled') throw new ConflictError('活动已取消 (the event is cancelled)')
  if (!(await findNeed(ctx.db, input.needId))) throw new NotFoundError('技术需求')
  if (!(await findCapability(ctx.db, input.capabilityId))) throw new NotFoundError('服务能力')
  if (input.tableId && !event.tables.some((t) => t.id === input.tableId)) {
    throw new ValidationError('桌位不属于本活动 (the table is not at this event)', [{ path: 'tableId', message: '不属于本活动' }])
  }
  requireWithinOpeningHours(event, input)
  for (const pair of input.groupMatches) {
    if (!(await findNeed(ctx.db, pair.needId))) throw new NotFoundError('技术需求')
    if (!(await findCapability(ctx.db, pair.capabilityId))) throw new NotFoundError('服务能力')
  }
  const groupMatches = input.groupMatches.filter((p) => p.needId !== input.needId || p.capabilityId !== input.capabilityId)
  const attendees = await attendeeSides(ctx.db, input.attendeeIds)
  const id = ctx.newId()
  try {
    await withTransaction(ctx.db, async (tx) => {
      await insertSession(tx, { id, eventId, needId: input.needId, capabilityId: input.capabilityId, tableId: input.tableId ?? null, onlineUrl: input.onlineUrl ?? (event.kind === 'on_site' ? null : event.onlineUrl), startsAt: input.startsAt, endsAt: input.endsAt, pinned: input.pinned, now: ctx.now() }, attendees, groupMatches)
      await advanceNeeds(tx, ctx, actor, [input.needId, ...groupMatches.map((m) => m.needId)], 'scheduled', `安排对接会：${event.title}`)
      await recordChange(tx, ctx, actor, { entity: 'session', entityId: id, action: 'booked', changes: { eventId, ...input } })
    })
  } catch (error) {
    if ((error as { code?: string }).code !== EXCLUSION_VIOLATION) throw error
    throw await clashError(ctx.db, input, { personIds: input.attendeeIds, tableId: input.tableId ?? null }, event.timeZone)
  }
  return (await sessionsOf(ctx.db, eventId, [id]))[0]!
}

export async function clashError(db: DbOrTx, range: { startsAt: Date; endsAt: Date }, who: { personIds: string[]; tableId: string | null; exceptSessionId?: string }, timeZone: string) {
  const clash = await findClash(db, range, who)
  const when = clash ? formatLocalRange(clash, timeZone) : ''
  if (clash?.kind === 'person') return new ConflictError(`「${clash.name}」在该时段已有对接（${when}，会话 ${clash.sessionId}）(person already booked)`)
  if (clash?.kind === 'table') return new ConflictError(`桌位「${clash.name}」在该时段已被占用（${when}，会话 ${clash.sessionId}）(table already booked)`)
  return new ConflictError('该时段与已有安排冲突 (overlaps an existing booking)')
}
