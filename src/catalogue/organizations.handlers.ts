import { createRouter } from '../http/router.ts'
import { createOrganization } from './create-organization.ts'
import { createPerson } from './create-person.ts'
import { presentOrganization, presentPerson } from './organization.present.ts'
import * as routes from './organizations.routes.ts'
import { getOrganization, listOrganizations } from './read-organizations.ts'
import { getPerson, listPeople } from './read-people.ts'
import { updateOrganization } from './update-organization.ts'
import { updatePerson } from './update-person.ts'

export const organizationsRouter = createRouter()
  .openapi(routes.createOrganizationRoute, async (c) => {
    const row = await createOrganization({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })
    return c.json(presentOrganization(row), 201)
  })
  .openapi(routes.listOrganizationsRoute, async (c) => {
    const page = await listOrganizations({ ctx: c.get('ctx'), query: c.req.valid('query') })
    return c.json({ items: page.items.map(presentOrganization), nextCursor: page.nextCursor }, 200)
  })
  .openapi(routes.getOrganizationRoute, async (c) => {
    const row = await getOrganization({ ctx: c.get('ctx'), id: c.req.valid('param').id })
    return c.json(presentOrganization(row), 200)
  })
  .openapi(routes.updateOrganizationRoute, async (c) => {
    const input = c.req.valid('json')
    const row = await updateOrganization({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input })
    return c.json(presentOrganization(row), 200)
  })
  .openapi(routes.createPersonRoute, async (c) => {
    const row = await createPerson({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })
    return c.json(presentPerson(row), 201)
  })
  .openapi(routes.listPeopleRoute, async (c) => {
    const page = await listPeople({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') })
    return c.json({ items: page.items.map(presentPerson), nextCursor: page.nextCursor }, 200)
  })
  .openapi(routes.getPersonRoute, async (c) => {
    const row = await getPerson({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    return c.json(presentPerson(row), 200)
  })
  .openapi(routes.updatePersonRoute, async (c) => {
    const input = c.req.valid('json')
    const row = await updatePerson({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input })
    return c.json(presentPerson(row), 200)
  })
