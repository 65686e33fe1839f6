import { updateEvent } from './update-event.ts'
import { cancelEvent } from './cancel-event.ts'
import { createRouter } from '../http/router.ts'
import { bookSession } from './book-session.ts'
import { createEvent } from './create-event.ts'
import * as routes from './events.routes.ts'
import { getEvent, listEvents, listSessions, presentEvent, presentSession } from './read-events.ts'
import { scheduleEvent } from './schedule-event.ts'
import { setAvailability } from './set-availability.ts'
import { confirmEvent } from './confirm-event.ts'
import { respondToSession } from './respond-session.ts'
import { createCalendarFeed, revokeCalendarFeed } from './calendar-feed.ts'
import { sessionInviteFile } from './session-invite.ts'
import { updateSession, updateSessions } from './update-session.ts'
import { listMySessions } from './my-sessions.ts'
import { readPlanning } from './read-planning.ts'
import { clearProposals } from './clear-proposals.ts'
import { checkIn } from './check-in.ts'
import { listPreferences, setPreference } from './preferences.ts'
import { listParticipants } from './participants.ts'

export const eventsRouter = createRouter()
  .openapi(routes.participantsRoute, async (c) => c.json(await listParticipants({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200))
  .openapi(routes.createEventRoute, async (c) => {
    return c.json(presentEvent(await createEvent({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })), 201)
  })
  .openapi(routes.listEventsRoute, async (c) => {
    return c.json({ items: (await listEvents({ ctx: c.get('ctx'), actor: c.get('actor') })).map(presentEvent) }, 200)
  })
  .openapi(routes.getEventRoute, async (c) => {
    return c.json(presentEvent(await getEvent({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })), 200)
  })
  .openapi(routes.updateEventRoute, async (c) => {
    return c.json(presentEvent(await updateEvent({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') })), 200)
  })
  .openapi(routes.cancelEventRoute, async (c) => {
    const { event, sessionsCancelled } = await cancelEvent({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, reason: c.req.valid('json').reason })
    return c.json({ event: presentEvent(event), sessionsCancelled }, 200)
  })
  .openapi(routes.setAvailabilityRoute, async (c) => {
    const saved = await setAvailability({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(saved, 200)
  })
  .openapi(routes.listSessionsRoute, async (c) => {
    const sessions = await listSessions({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id })
    return c.json({ items: sessions.map(presentSession) }, 200)
  })
  .openapi(routes.bookSessionRoute, async (c) => {
    const session = await bookSession({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(presentSession(session), 201)
  })
  .openapi(routes.updateSessionRoute, async (c) => {
    const session = await updateSession({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(presentSession(session), 200)
  })
  .openapi(routes.updateSessionsRoute, async (c) => {
    const sessions = await updateSessions({ ctx: c.get('ctx'), actor: c.get('actor'), ...c.req.valid('json') })
    return c.json({ items: sessions.map(presentSession) }, 200)
  })
  .openapi(routes.planningRoute, async (c) => c.json(await readPlanning({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200))
  .openapi(routes.clearProposalsRoute, async (c) => c.json(await clearProposals({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200))
  .openapi(routes.checkInRoute, async (c) => c.json(await checkIn({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, ...c.req.valid('json') }), 200))
  .openapi(routes.setPreferenceRoute, async (c) => c.json(await setPreference({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') }), 200))
  .openapi(routes.listPreferencesRoute, async (c) => c.json({ items: await listPreferences({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id }) }, 200))
  .openapi(routes.scheduleEventRoute, async (c) => {
    const result = await scheduleEvent({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, ...c.req.valid('json') })
    return c.json(result, 200)
  })
  .openapi(routes.sessionInviteRoute, async (c) => {
    const { method, ics } = await sessionInviteFile({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    c.header('content-type', `text/calendar; charset=utf-8; method=${method}`)
    c.header('content-disposition', 'attachment; filename="invite.ics"')
    return c.body(ics, 200)
  })
  .openapi(routes.confirmEventRoute, async (c) => {
    return c.json(await confirmEvent({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id }), 200)
  })
  .openapi(routes.respondSessionRoute, async (c) => {
    const session = await respondToSession({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, ...c.req.valid('json') })
    return c.json(presentSession(session), 200)
  })
  .openapi(routes.createFeedRoute, async (c) => {
    return c.json(await createCalendarFeed({ ctx: c.get('ctx'), actor: c.get('actor') }), 201)
  })
  .openapi(routes.mySessionsRoute, async (c) => {
    return c.json({ items: await listMySessions({ ctx: c.get('ctx'), actor: c.get('actor'), scope: c.req.valid('query').scope }) }, 200)
  })
  .openapi(routes.revokeFeedRoute, async (c) => {
    await revokeCalendarFeed({ ctx: c.get('ctx'), actor: c.get('actor') })
    return c.body(null, 204)
  })
