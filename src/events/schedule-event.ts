import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError } from '../errors.ts'
import { availabilityOf, deleteUnpinnedProposals, insertSession, sessionsOf } from './events.repository.ts'
import { eventMeetingRequests, type DemandedMeeting } from './event-demand.repository.ts'
import { groupByCapability } from './group-sessions.ts'
import { getEvent } from './read-events.ts'
import { scheduleExactly } from './exact-choice.ts'
import { DROP_REASONS } from './scheduler.ts'
import { organizationNames } from '../catalogue/organizations.repository.ts'
import { personNames } from '../catalogue/people.repository.ts'
import { eventSlots, slotsWithin } from './slots.ts'

/**
 * Proposes (and, with `apply`, books in one transaction) a timetable for the event's shortlisted
 * and accepted matches between invited organisations. Sessions already pinned, confirmed or held
 * stay where they are; earlier unpinned proposals are replaced.
 */
export async function scheduleEvent({ ctx, actor, eventId, apply, groupSessions = false }: { ctx: ActionContext; actor: Actor; eventId: string; apply: boolean; groupSessions?: boolean }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以排程 (only coordinators schedule events)')
  const event = await getEvent({ ctx, actor, id: eventId })
  if (event.status === 'cancelled') throw new ConflictError('活动已取消 (the event is cancelled)')
  const slots = eventSlots(event.days, event.breaks, event.slotMinutes)
  const kept = (await sessionsOf(ctx.db, eventId)).filter((s) => s.status !== 'cancelled' && (s.pinned || s.status !== 'proposed'))
  const { requests, unrepresented } = await eventMeetingRequests(ctx.db, eventId, new Set(kept.map((s) => `${s.needId}/${s.capabilityId}`)))

  const slotOf = (at: Date) => slots.findIndex((s) => s.startsAt.getTime() === at.getTime())
  // Everyone at a kept session is busy then (a group session has several on the enterprise side).
  const side = (s: (typeof kept)[number], which: string) => s.attendees.filter((a) => a.side === which).map((a) => a.personId)
  const pinned = kept
    .filter((s) => s.tableId && slotOf(s.startsAt) >= 0)
    .map((s) => {
      const [enterprisePerson = `${s.id}:enterprise`, ...groupWith] = side(s, 'enterprise')
      const [providerPerson = `${s.id}:provider`, ...also] = side(s, 'provider')
      return { requestId: s.id, enterprisePerson, providerPerson, groupWith: [...groupWith, ...also, ...side(s, 'coordinator')], slot: slotOf(s.startsAt), tableId: s.tableId! }
    })
  const windows = new Map<string, { startsAt: Date; endsAt: Date }[]>()
  for (const w of await availabilityOf(ctx.db, eventId)) windows.set(w.personId, [...(windows.get(w.personId) ?? []), w])
  const availability = new Map([...windows].map(([who, ws]) => [who, slotsWithin(slots, ws)]))

  // With group sessions, pairs of one capability may share a table; otherwise each pair is its own unit.
  const maxSeats = Math.max(0, ...event.tables.map((t) => t.capacity))
  const units = groupSessions ? groupByCapability(requests, maxSeats) : requests.map((r) => ({ ...r, members: [r] }))
  const byId = new Map(units.map((u) => [u.id, u]))
  const result = await scheduleExactly({ slots: slots.length, tables: event.tables, requests: units, availability, pinned })
  const proposed = result.placed
    .filter((p) => byId.has(p.requestId))
    .map((p) => {
      const unit = byId.get(p.requestId)!
      const [lead, ...others] = unit.members as [DemandedMeeting, ...DemandedMeeting[]]
      const attendeeIds = [...new Set([...unit.members.map((m) => m.enterprisePerson), lead.providerPerson])]
      return { needId: lead.needId, capabilityId: lead.capabilityId, startsAt: slots[p.slot]!.startsAt, endsAt: slots[p.slot]!.endsAt, tableId: p.tableId, attendeeIds, pinned: false, priority: lead.priority, lead, others }
    })
  if (apply) {
    await withTransaction(ctx.db, async (tx) => {
      await deleteUnpinnedProposals(tx, eventId)
      for (const s of proposed) {
        const attendees = s.attendeeIds.map((personId) => ({ personId, side: personId === s.lead.providerPerson ? ('provider' as const) : ('enterprise' as const) }))
        const groupMatches = s.others.map((m) => ({ needId: m.needId, capabilityId: m.capabilityId }))
        await insertSession(tx, { id: ctx.newId(), eventId, needId: s.needId, capabilityId: s.capabilityId, tableId: s.tableId, onlineUrl: event.onlineUrl, startsAt: s.startsAt, endsAt: s.endsAt, pinned: false, now: ctx.now() }, attendees, groupMatches)
      }
      await advanceNeeds(tx, ctx, actor, proposed.flatMap((s) => [s.needId, ...s.others.map((m) => m.needId)]), 'scheduled', `安排对接会：${event.title}`)
      await recordChange(tx, ctx, actor, { entity: 'event', entityId: eventId, action: 'timetable_applied', changes: { sessions: proposed.length, groupSessions } })
    })
  }
  const dropped = [
    ...result.dropped.flatMap((d) => byId.get(d.requestId)!.members.map((r) => ({
      needId: r.needId, capabilityId: r.capabilityId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle, priority: r.priority, meetingRequestId: r.meetingRequestId, reason: d.reason, explanation: DROP_REASONS[d.reason],
    }))),
    ...unrepresented.map((u) => ({ ...u, priority: 'shortlisted' as const, meetingRequestId: null, reason: 'no_contact', explanation: '缺少需求联系人或服务方专家 (no contact person or expert to attend)' })),
  ]
  // Names beside the ids: a proposal a coordinator can read, print and check.
  const organizations = await organizationNames(ctx.db, requests.flatMap((r) => [r.enterpriseId, r.providerId]))
  const people = await personNames(ctx.db, [...proposed.flatMap((s) => s.attendeeIds), ...result.participants.map((p) => p.person)])
  const organizationOf = new Map(requests.flatMap((r) => [[r.enterprisePerson, r.enterpriseId], [r.providerPerson, r.providerId]] as const))
  const tables = new Map(event.tables.map((t) => [t.id, t.name]))
  const iso = ({ lead, others, ...s }: (typeof proposed)[number]) => ({
    ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
    needTitle: lead.needTitle, capabilityTitle: lead.capabilityTitle, tableName: tables.get(s.tableId) ?? '',
    enterpriseName: organizations.get(lead.enterpriseId) ?? '', providerName: organizations.get(lead.providerId) ?? '',
    attendees: s.attendeeIds.map((personId) => ({ personId, name: people.get(personId) ?? '' })),
    group: others.map((m) => ({ needId: m.needId, needTitle: m.needTitle, enterpriseName: organizations.get(m.enterpriseId) ?? '' })),
  })
  const participants = result.participants
    .filter((p) => organizationOf.has(p.person))
    .map(({ person, ...counts }) => ({ personId: person, name: people.get(person) ?? '', organizationName: organizations.get(organizationOf.get(person)!) ?? '', ...counts }))
  return { applied: apply, slotsUsed: result.slotsUsed, lowerBound: result.lowerBound, method: result.method, value: result.value, proven: result.proven, sessions: proposed.map(iso), dropped, participants }
}
