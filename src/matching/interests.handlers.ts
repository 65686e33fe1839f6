import { createRouter } from '../http/router.ts'
import { decideInterest, expressInterest, listInterests } from './interests.ts'
import { decideInterestRoute, expressInterestRoute, listInterestsRoute } from './interests.routes.ts'

export const interestsRouter = createRouter()
  .openapi(expressInterestRoute, async (c) => {
    const row = await expressInterest({ ctx: c.get('ctx'), actor: c.get('actor'), needId: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json({ id: row.id, status: row.status }, 201)
  })
  .openapi(listInterestsRoute, async (c) => c.json({ items: await listInterests({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }) }, 200))
  .openapi(decideInterestRoute, async (c) => c.json(await decideInterest({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') }), 200))
