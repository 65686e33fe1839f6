import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError } from '../errors.ts'
import { availabilityOf, deleteUnpinnedProposals, insertSession, sessionsOf } from './events.repository.ts'
import { eventMeetingRequests } from './meeting-requests.repository.ts'
import { getEvent } from './read-events.ts'
import { DROP_REASONS, schedule } from './scheduler.ts'
import { organizationNames } from '../catalogue/organizations.repository.ts'
import { personNames } from '../catalogue/people.repository.ts'
import { eventSlots, slotsWithin } from './slots.ts'

/**
 * Proposes (and, with `apply`, books in one transaction) a timetable for the event's shortlisted
 * and accepted matches between invited organisations. Sessions already pinned, confirmed or held
 * stay where they are; earlier unpinned proposals are replaced.
 */
export async function scheduleEvent({ ctx, actor, eventId, apply }: { ctx: ActionContext; actor: Actor; eventId: string; apply: boolean }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以排程 (only coordinators schedule events)')
  const event = await getEvent({ ctx, actor, id: eventId })
  if (event.status === 'cancelled') throw new ConflictError('活动已取消 (the event is cancelled)')
  const slots = eventSlots(event.days, event.breaks, event.slotMinutes)
  const kept = (await sessionsOf(ctx.db, eventId)).filter((s) => s.status !== 'cancelled' && (s.pinned || s.status !== 'proposed'))
  const { requests, unrepresented } = await eventMeetingRequests(ctx.db, eventId, new Set(kept.map((s) => `${s.needId}/${s.capabilityId}`)))

  const slotOf = (at: Date) => slots.findIndex((s) => s.startsAt.getTime() === at.getTime())
  const person = (s: (typeof kept)[number], side: string) => s.attendees.find((a) => a.side === side)?.personId ?? `${s.id}:${side}`
  const pinned = kept
    .filter((s) => s.tableId && slotOf(s.startsAt) >= 0)
    .map((s) => ({ requestId: s.id, enterprisePerson: person(s, 'enterprise'), providerPerson: person(s, 'provider'), slot: slotOf(s.startsAt), tableId: s.tableId! }))
  const windows = new Map<string, { startsAt: Date; endsAt: Date }[]>()
  for (const w of await availabilityOf(ctx.db, eventId)) windows.set(w.personId, [...(windows.get(w.personId) ?? []), w])
  const availability = new Map([...windows].map(([who, ws]) => [who, slotsWithin(slots, ws)]))

  const byId = new Map(requests.map((r) => [r.id, r]))
  const result = schedule({ slots: slots.length, tables: event.tables, requests, availability, pinned })
  const proposed = result.placed
    .filter((p) => byId.has(p.requestId))
    .map((p) => {
      const r = byId.get(p.requestId)!
      return { needId: r.needId, capabilityId: r.capabilityId, startsAt: slots[p.slot]!.startsAt, endsAt: slots[p.slot]!.endsAt, tableId: p.tableId, attendeeIds: r.attendeeIds, pinned: false, request: r }
    })
  if (apply) {
    await withTransaction(ctx.db, async (tx) => {
      await deleteUnpinnedProposals(tx, eventId)
      for (const s of proposed) {
        const attendees = [{ personId: s.attendeeIds[0]!, side: 'enterprise' as const }, { personId: s.attendeeIds[1]!, side: 'provider' as const }]
        await insertSession(tx, { id: ctx.newId(), eventId, needId: s.needId, capabilityId: s.capabilityId, tableId: s.tableId, onlineUrl: event.onlineUrl, startsAt: s.startsAt, endsAt: s.endsAt, pinned: false, now: ctx.now() }, attendees)
      }
      await advanceNeeds(tx, ctx, actor, proposed.map((s) => s.needId), 'scheduled', `安排对接会：${event.title}`)
      await recordChange(tx, ctx, actor, { entity: 'event', entityId: eventId, action: 'timetable_applied', changes: { sessions: proposed.length } })
    })
  }
  const dropped = [
    ...result.dropped.map((d) => {
      const r = byId.get(d.requestId)!
      return { needId: r.needId, capabilityId: r.capabilityId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle, reason: d.reason, explanation: DROP_REASONS[d.reason] }
    }),
    ...unrepresented.map((u) => ({ ...u, reason: 'no_contact', explanation: '缺少需求联系人或服务方专家 (no contact person or expert to attend)' })),
  ]
  // Names beside the ids: a proposal a coordinator can read, print and check.
  const organizations = await organizationNames(ctx.db, proposed.flatMap((s) => [s.request.enterpriseId, s.request.providerId]))
  const people = await personNames(ctx.db, proposed.flatMap((s) => s.attendeeIds))
  const tables = new Map(event.tables.map((t) => [t.id, t.name]))
  const iso = ({ request: r, ...s }: (typeof proposed)[number]) => ({
    ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
    needTitle: r.needTitle, capabilityTitle: r.capabilityTitle, tableName: tables.get(s.tableId) ?? '',
    enterpriseName: organizations.get(r.enterpriseId) ?? '', providerName: organizations.get(r.providerId) ?? '',
    attendees: s.attendeeIds.map((personId) => ({ personId, name: people.get(personId) ?? '' })),
  })
  return { applied: apply, slotsUsed: result.slotsUsed, lowerBound: result.lowerBound, method: result.method, sessions: proposed.map(iso), dropped }
}
