import { createRouter } from '../http/router.ts'
import { listOutbox, resendMail } from './manage-outbox.ts'
import { listOutboxRoute, resendMailRoute } from './outbox.routes.ts'

export const outboxRouter = createRouter()
  .openapi(listOutboxRoute, async (c) => c.json(await listOutbox({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }), 200))
  .openapi(resendMailRoute, async (c) => c.json(await resendMail({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id }), 200))
