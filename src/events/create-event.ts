import { requireKnownTerms } from '../catalogue/places-and-chains.ts'
import { recordChange } from '../audit/record-change.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { existingOrganizationIds } from '../catalogue/organizations.repository.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, ValidationError } from '../errors.ts'
import type { CreateEvent } from './events.schemas.ts'
import { findEvent, insertEvent } from './events.repository.ts'
import { localToInstant } from './zoned-time.ts'

/** A coordinator sets up a docking event: its days (in its own time zone), breaks, tables, invitations. */
export async function createEvent({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: CreateEvent }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以创建对接活动 (only coordinators create events)')
  const known = await existingOrganizationIds(ctx.db, input.invitedOrganizationIds)
  const missing = input.invitedOrganizationIds.filter((id) => !known.has(id))
  if (missing.length) throw new ValidationError('受邀机构不存在 (unknown invited organizations)', missing.map((id) => ({ path: 'invitedOrganizationIds', message: `${id} 不存在` })))
  await requireKnownTerms(ctx.db, [{ kind: 'county', path: 'county', values: [input.county] }])
  const at = (date: string, time: string) => localToInstant(date, time, input.timeZone)
  const now = ctx.now()
  const id = ctx.newId()
  await withTransaction(ctx.db, async (tx) => {
    await insertEvent(tx, {
      event: {
        id, title: input.title, kind: input.kind, venue: input.venue ?? null, address: input.address ?? null, onlineUrl: input.onlineUrl ?? null,
        county: input.county, timeZone: input.timeZone, slotMinutes: input.slotMinutes, organizerId: actor.personId, createdAt: now, updatedAt: now,
      },
      days: input.days.map((d) => ({ startsAt: at(d.date, d.opens), endsAt: at(d.date, d.closes) })),
      breaks: input.days.flatMap((d) => d.breaks.map((b) => ({ startsAt: at(d.date, b.start), endsAt: at(d.date, b.end) }))),
      tables: input.tables.map((t) => ({ id: ctx.newId(), name: t.name, capacity: t.capacity })),
      invited: [...new Set(input.invitedOrganizationIds)],
    })
    await recordChange(tx, ctx, actor, { entity: 'event', entityId: id, action: 'created', changes: { ...input } })
  })
  return (await findEvent(ctx.db, id))!
}
