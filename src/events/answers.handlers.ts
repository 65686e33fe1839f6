import { createRouter } from '../http/router.ts'
import * as routes from './answers.routes.ts'
import { listAnswers, listInboundReplies } from './read-answers.ts'

export const answersRouter = createRouter()
  .openapi(routes.listAnswersRoute, async (c) => {
    const rows = await listAnswers({ ctx: c.get('ctx'), actor: c.get('actor'), eventId: c.req.valid('param').id, ...c.req.valid('query') })
    const items = rows.map(({ startsAt, at, ...r }) => ({ ...r, sessionStartsAt: startsAt.toISOString(), at: at.toISOString() }))
    return c.json({ items }, 200)
  })
  .openapi(routes.listInboundRoute, async (c) => {
    const rows = await listInboundReplies({ ctx: c.get('ctx'), actor: c.get('actor'), ...c.req.valid('query') })
    return c.json({ items: rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() })) }, 200)
  })
