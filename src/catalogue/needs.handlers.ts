import { createRouter } from '../http/router.ts'
import { createNeed } from './create-need.ts'
import { presentNeed } from './need.present.ts'
import type { Need } from './needs.schemas.ts'
import * as routes from './needs.routes.ts'
import { getNeed, getNeedHistory, listNeeds, withEnterpriseNames } from './read-needs.ts'
import { updateNeed } from './update-need.ts'

export const needsRouter = createRouter()
  .openapi(routes.createNeedRoute, async (c) => {
    const row = await createNeed({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })
    return c.json((await withEnterpriseNames(c.get('ctx'), [presentNeed(row, 'full')]))[0] as Need, 201)
  })
  .openapi(routes.listNeedsRoute, async (c) => {
    return c.json(await listNeeds({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }), 200)
  })
  .openapi(routes.getNeedRoute, async (c) => {
    return c.json(await getNeed({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id }), 200)
  })
  .openapi(routes.updateNeedRoute, async (c) => {
    const input = c.req.valid('json')
    const row = await updateNeed({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input })
    return c.json((await withEnterpriseNames(c.get('ctx'), [presentNeed(row, 'full')]))[0] as Need, 200)
  })
  .openapi(routes.needHistoryRoute, async (c) => {
    const items = await getNeedHistory({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    return c.json({ items }, 200)
  })
