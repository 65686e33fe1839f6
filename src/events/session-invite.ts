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

/**
 * The invite's ORGANIZER: the coordinator by name, at the mailbox the platform reads, so that a
 * calendar client's Accept or Decline comes back to be recorded rather than to a person's inbox.
 */
export function organizerOf(ctx: ActionContext, d: SessionDetails) {
  return { name: d.organizerName, email: ctx.replyTo }
}

export const languageOf = (d: SessionDetails, personId: string) => d.attendees.find((a) => a.personId === personId)?.language ?? 'zh'

/** The session's current invite (REQUEST, or CANCEL once cancelled), as a calendar file. */
export async function sessionInviteFile({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const details = await sessionDetails(ctx.db, id)
  if (!details || !canSeeSession(actor, details)) throw new NotFoundError('对接会')
  return sessionInvite({ session: calendarSession(details, languageOf(details, actor.personId)), organizer: organizerOf(ctx, details), attendees: calendarAttendees(details), stamp: ctx.now() })
}
