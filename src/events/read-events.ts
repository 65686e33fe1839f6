import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError } from '../errors.ts'
import { findEvent, findEvents, listEventIds, sessionsOf, type EventDetail } from './events.repository.ts'
import { eventSlots } from './slots.ts'

/** An event the actor may see: coordinators all, staff those their organisation is invited to. */
export async function getEvent({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }): Promise<EventDetail> {
  const event = await findEvent(ctx.db, id)
  if (!event || (actor.role !== 'coordinator' && !event.invitedOrganizationIds.includes(actor.organizationId))) throw new NotFoundError('对接活动')
  return event
}

export async function listEvents({ ctx, actor }: { ctx: ActionContext; actor: Actor }) {
  return findEvents(ctx.db, await listEventIds(ctx.db, actor))
}

const range = (r: { startsAt: Date; endsAt: Date }) => ({ startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() })

export function presentEvent(e: EventDetail) {
  return {
    ...e,
    days: e.days.map(range),
    breaks: e.breaks.map(range),
    slots: eventSlots(e.days, e.breaks, e.slotMinutes).length,
    cancelledAt: e.cancelledAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  }
}

/**
 * The sessions of an event the actor may see, by time: coordinators all of them, staff those their
 * own organisation attends (the same rule as the session's invite file): the timetable of others
 * is not public inside an event.
 */
export async function listSessions({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  const event = await getEvent({ ctx, actor, id: eventId })
  const sessions = await sessionsOf(ctx.db, event.id)
  if (actor.role === 'coordinator') return sessions
  return sessions.filter((s) => s.attendees.some((a) => a.organizationId === actor.organizationId))
}

type SessionView = Awaited<ReturnType<typeof sessionsOf>>[number]
export function presentSession({ createdAt: _c, updatedAt: _u, ...s }: SessionView) {
  return { ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }
}
