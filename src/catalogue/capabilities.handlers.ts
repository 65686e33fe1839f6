import { createRouter } from '../http/router.ts'
import type { Capability } from './capabilities.schemas.ts'
import * as routes from './capabilities.routes.ts'
import { createCapability } from './create-capability.ts'
import { getCapability, getCapabilityHistory, listCapabilities } from './read-capabilities.ts'
import { updateCapability } from './update-capability.ts'

export const capabilitiesRouter = createRouter()
  .openapi(routes.createCapabilityRoute, async (c) => {
    const ctx = c.get('ctx'), actor = c.get('actor')
    const row = await createCapability({ ctx, actor, input: c.req.valid('json') })
    return c.json((await getCapability({ ctx, actor, id: row.id })) as Capability, 201)
  })
  .openapi(routes.listCapabilitiesRoute, async (c) => {
    return c.json(await listCapabilities({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') }), 200)
  })
  .openapi(routes.getCapabilityRoute, async (c) => {
    return c.json(await getCapability({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id }), 200)
  })
  .openapi(routes.updateCapabilityRoute, async (c) => {
    const ctx = c.get('ctx'), actor = c.get('actor'), id = c.req.valid('param').id
    await updateCapability({ ctx, actor, id, input: c.req.valid('json') })
    return c.json((await getCapability({ ctx, actor, id })) as Capability, 200)
  })
  .openapi(routes.capabilityHistoryRoute, async (c) => {
    const items = await getCapabilityHistory({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    return c.json({ items }, 200)
  })
