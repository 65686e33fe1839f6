import type { Actor } from '../auth/actor.ts'
import { organizationNames } from '../catalogue/organizations.repository.ts'
import { personNames } from '../catalogue/people.repository.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError } from '../errors.ts'
import { availabilityOf, sessionsOf } from './events.repository.ts'
import { eventMeetingRequests } from './event-demand.repository.ts'
import { getEvent } from './read-events.ts'
import { PRIORITY_RANK } from './scheduler.ts'
import { eventSlots } from './slots.ts'

/**
 * What the coordinator's timetable grid needs beside the sessions: the event's slots, the meetings
 * still to place (the same set the scheduler works from, with who would attend), those that cannot
 * be placed for want of a person, and everyone's availability. One read, so the grid opens at once.
 */
export async function readPlanning({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以排程 (only coordinators schedule events)')
  const event = await getEvent({ ctx, actor, id: eventId })
  const booked = (await sessionsOf(ctx.db, eventId)).filter((s) => s.status !== 'cancelled')
  const { requests, unrepresented } = await eventMeetingRequests(ctx.db, eventId, new Set(booked.map((s) => `${s.needId}/${s.capabilityId}`)))
  const windows = await availabilityOf(ctx.db, eventId)
  const people = await personNames(ctx.db, [...requests.flatMap((r) => r.attendeeIds), ...windows.map((w) => w.personId)])
  const organizations = await organizationNames(ctx.db, requests.flatMap((r) => [r.enterpriseId, r.providerId]))
  const availability = new Map<string, { startsAt: string; endsAt: string }[]>()
  for (const w of windows) availability.set(w.personId, [...(availability.get(w.personId) ?? []), { startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString() }])
  return {
    slots: eventSlots(event.days, event.breaks, event.slotMinutes).map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
    unplaced: requests
      .sort((a, b) => PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || b.score - a.score)
      .map((r) => ({
        matchId: r.id, needId: r.needId, capabilityId: r.capabilityId, score: r.score, priority: r.priority, mustMeet: r.priority === 'must_meet', meetingRequestId: r.meetingRequestId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle,
        enterpriseName: organizations.get(r.enterpriseId) ?? '', providerName: organizations.get(r.providerId) ?? '',
        attendees: r.attendeeIds.map((personId, i) => ({ personId, name: people.get(personId) ?? '', side: i === 0 ? 'enterprise' as const : 'provider' as const })),
      })),
    unrepresented,
    availability: [...availability].map(([personId, ws]) => ({ personId, name: people.get(personId) ?? '', windows: ws })),
  }
}
