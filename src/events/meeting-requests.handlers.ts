import { createRouter } from '../http/router.ts'
import { answerMeetingRequest, listMeetingRequests, requestMeeting, withdrawMeetingRequest } from './meeting-requests.ts'
import * as routes from './meeting-requests.routes.ts'

export const meetingRequestsRouter = createRouter()
  .openapi(routes.requestMeetingRoute, async (c) => {
    const row = await requestMeeting({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json({ id: row.id, status: row.status }, 201)
  })
  .openapi(routes.listMeetingRequestsRoute, async (c) => c.json({ items: await listMeetingRequests({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }) }, 200))
  .openapi(routes.answerMeetingRequestRoute, async (c) => c.json(await answerMeetingRequest({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') }), 200))
  .openapi(routes.withdrawMeetingRequestRoute, async (c) => c.json(await withdrawMeetingRequest({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id }), 200))
