import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError } from '../errors.ts'
import { sessionInvite } from './calendar.ts'
import { sessionDetails, type SessionDetails } from './invites.repository.ts'
import { calendarAttendees, calendarSession } from './session-calendar.ts'

/** Coordinators, the attendees, and their colleagues may see a session; others are told it does not exist. */
export function canSeeSession(actor: Actor, d: SessionDetails): boolean {
  return actor.role === 'coordinator' || d.attendees.some((a) => a.personId === actor.personId || (actor.organizationId !== null && a.organizationId === actor.organizationId))
}

export function organizerOf(ctx: ActionContext, d: SessionDetails) {
  return d.organizerEmail ? { name: d.organizerName, email: d.organizerEmail } : ctx.mailFrom
}

/** The session's current invite (REQUEST, or CANCEL once cancelled), as a calendar file. */
export async function sessionInviteFile({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const details = await sessionDetails(ctx.db, id)
  if (!details || !canSeeSession(actor, details)) throw new NotFoundError('对接会')
  return sessionInvite({ session: calendarSession(details), organizer: organizerOf(ctx, details), attendees: calendarAttendees(details), stamp: ctx.now() })
}
