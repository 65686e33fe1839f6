import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { sessionsOf } from './events.repository.ts'
import { followUpLink } from './follow-up-links.ts'
import { announcedSessionsOf, eventsForTimetable, followUpsOfSessions } from './my-sessions.repository.ts'
import { presentSession } from './read-events.ts'

export type TimetableScope = 'mine' | 'organization'

const MOST = 500

/**
 * A participant's timetable: the announced sessions they attend, or (scope organization) that
 * anyone of their organisation attends — a society's secretary keeps the diary of its experts.
 * Each comes with its event's place, the reader's own answer, and their follow-up link once the
 * session is over (the same signed link the follow-up mail carries).
 */
export async function listMySessions({ ctx, actor, scope }: { ctx: ActionContext; actor: Actor; scope: TimetableScope }) {
  const who = scope === 'organization' && actor.organizationId ? { organizationId: actor.organizationId } : { personId: actor.personId }
  const rows = await announcedSessionsOf(ctx.db, who, MOST)
  const byEvent = Map.groupBy(rows, (r) => r.eventId)
  const events = new Map((await eventsForTimetable(ctx.db, [...byEvent.keys()])).map((e) => [e.id, e]))
  const sessions = (await Promise.all([...byEvent].map(([eventId, list]) => sessionsOf(ctx.db, eventId, list.map((r) => r.id))))).flat()
  const followUps = await followUpsOfSessions(ctx.db, sessions.map((s) => s.id))
  const now = ctx.now()
  const items = []
  for (const s of sessions) {
    const event = events.get(s.eventId)!
    const mine = s.attendees.find((a) => a.personId === actor.personId)
    const followUp = followUps.find((f) => f.sessionId === s.id && f.personId === actor.personId)
    const open = followUp && !followUp.confirmedAt && s.endsAt <= now
    items.push({
      ...presentSession(s),
      event: { id: event.id, title: event.title, kind: event.kind, venue: event.venue, address: event.address, timeZone: event.timeZone },
      onlineUrl: s.onlineUrl ?? (event.kind === 'on_site' ? null : event.onlineUrl),
      myResponse: mine?.response ?? null,
      followUp: followUp
        ? { id: followUp.id, answered: followUp.respondedAt !== null, confirmed: followUp.confirmedAt !== null, url: open ? await followUpLink(ctx, ctx.db, followUp.id) : null }
        : null,
    })
  }
  return items.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
}
