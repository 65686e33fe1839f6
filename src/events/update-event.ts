import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { requireKnownTerms } from '../catalogue/places-and-chains.ts'
import { existingOrganizationIds } from '../catalogue/organizations.repository.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { announceSession } from './announce-session.ts'
import { raiseSequence, replaceEventTables, replaceEventTimes, replaceInvitations, updateEventRow } from './event-edits.repository.ts'
import type { UpdateEvent } from './events.schemas.ts'
import { findEvent, sessionsOf } from './events.repository.ts'
import { withinOpenPeriods } from './slots.ts'
import { formatLocalRange, localToInstant } from './zoned-time.ts'

const ACTIVE = ['proposed', 'confirmed', 'rescheduled'] as const
const isActive = (status: string) => (ACTIVE as readonly string[]).includes(status)

/**
 * A coordinator edits an event after creating it. An edit that would strand booked sessions
 * (outside the new hours, at a table removed, with an organisation no longer invited) is refused
 * with the list of them: the coordinator moves or cancels those first, and each attendee is told
 * by that session's own update. A new venue, address, link or title reaches every announced
 * session's attendees as an update of their invite.
 */
export async function updateEvent({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdateEvent }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以修改对接活动 (only coordinators edit events)')
  return withTransaction(ctx.db, async (tx) => {
    const event = await findEvent(tx, id)
    if (!event) throw new NotFoundError('对接活动')
    if (event.status === 'cancelled') throw new ConflictError('活动已取消，不能修改 (the event is cancelled)')
    if (input.county && input.county !== event.county) await requireKnownTerms(tx, [{ kind: 'county', path: 'county', values: [input.county] }])
    if (input.invitedOrganizationIds) {
      const known = await existingOrganizationIds(tx, input.invitedOrganizationIds)
      const missing = input.invitedOrganizationIds.filter((o) => !known.has(o))
      if (missing.length) throw new ValidationError('受邀机构不存在 (unknown invited organizations)', missing.map((o) => ({ path: 'invitedOrganizationIds', message: `${o} 不存在` })))
    }
    const at = (date: string, time: string) => localToInstant(date, time, event.timeZone)
    const days = input.days ? input.days.map((d) => ({ startsAt: at(d.date, d.opens), endsAt: at(d.date, d.closes) })) : event.days
    const breaks = input.days ? input.days.flatMap((d) => d.breaks.map((b) => ({ startsAt: at(d.date, b.start), endsAt: at(d.date, b.end) }))) : event.breaks
    const tables = input.tables?.map((t) => ({ id: t.id ?? ctx.newId(), name: t.name, capacity: t.capacity }))
    const unknownTables = (input.tables ?? []).filter((t) => t.id && !event.tables.some((e) => e.id === t.id))
    if (unknownTables.length) throw new ValidationError('桌位不属于本活动 (a table id is not this event’s)', unknownTables.map(() => ({ path: 'tables', message: '不属于本活动' })))
    const kind = input.kind ?? event.kind
    if (kind !== 'online' && (tables ?? event.tables).length === 0) throw new ValidationError('现场活动须设置桌位或会议室 (an on-site event needs tables or rooms)', [{ path: 'tables', message: '至少一个' }])
    const removedTables = tables ? event.tables.filter((e) => !tables.some((t) => t.id === e.id)) : []
    const invited = input.invitedOrganizationIds ? [...new Set(input.invitedOrganizationIds)] : event.invitedOrganizationIds

    const sessions = (await sessionsOf(tx, id)).filter((s) => isActive(s.status))
    const stranded: string[] = []
    for (const s of sessions) {
      const why: string[] = []
      if (input.days && !withinOpenPeriods(days, breaks, s)) why.push('不在新的开放时间内')
      const lostTable = removedTables.find((t) => t.id === s.tableId)
      if (lostTable) why.push(`桌位「${lostTable.name}」被删除`)
      const uninvited = s.attendees.filter((a) => a.organizationId && !invited.includes(a.organizationId)).map((a) => a.organizationName)
      if (input.invitedOrganizationIds && uninvited.length) why.push(`「${[...new Set(uninvited)].join('、')}」不再受邀`)
      if (why.length) stranded.push(`${formatLocalRange(s, event.timeZone)}「${s.needTitle ?? ''}」：${why.join('，')}`)
    }
    if (stranded.length) {
      throw new ConflictError(`此修改会使 ${stranded.length} 场已安排的对接会无法举行，请先调整或取消这些对接会 (this change would strand booked sessions; move or cancel them first)：${stranded.join('；')}`)
    }

    const now = ctx.now()
    const row = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.venue !== undefined ? { venue: input.venue } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl } : {}),
      ...(input.county !== undefined ? { county: input.county } : {}),
      updatedAt: now,
    }
    await updateEventRow(tx, id, row)
    if (input.days) await replaceEventTimes(tx, id, days, breaks)
    if (tables) await replaceEventTables(tx, id, tables, removedTables.map((t) => t.id))
    if (input.invitedOrganizationIds) await replaceInvitations(tx, id, invited)

    // What an attendee's calendar shows changed: their invite is updated.
    const renamedTables = new Set((tables ?? []).filter((t) => event.tables.some((e) => e.id === t.id && e.name !== t.name)).map((t) => t.id))
    const eventWide = ['title', 'venue', 'address', 'onlineUrl'].some((k) => k in row && (row as Record<string, unknown>)[k] !== (event as Record<string, unknown>)[k])
    const linkChanged = 'onlineUrl' in row && row.onlineUrl !== event.onlineUrl
    for (const s of sessions) {
      const followsLink = linkChanged && s.onlineUrl === event.onlineUrl
      if (!eventWide && !(s.tableId && renamedTables.has(s.tableId))) continue
      await raiseSequence(tx, s.id, followsLink ? (row.onlineUrl ?? null) : undefined, now)
      if (s.announced && s.endsAt > now) await announceSession(tx, ctx, s.id, 'update')
    }
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: id, action: 'updated', changes: { ...input } })
    return (await findEvent(tx, id))!
  })
}
