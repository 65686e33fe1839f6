import { createRouter } from '../http/router.ts'
import { authOf } from './better-auth.ts'
import { acceptInvitation, invitePerson, readInvitation, setAccess } from './invitations.ts'
import * as routes from './sign-in.routes.ts'

/** Invitations and access, for signed-in coordinators and staff. */
export const invitationsRouter = createRouter()
  .openapi(routes.inviteRoute, async (c) => c.json(await invitePerson({ ctx: c.get('ctx'), actor: c.get('actor'), personId: c.req.valid('param').id }), 201))
  .openapi(routes.accessRoute, async (c) => c.json(await setAccess({ ctx: c.get('ctx'), actor: c.get('actor'), personId: c.req.valid('param').id, enabled: c.req.valid('json').enabled }), 200))

/** The invitation link's own endpoints: the link is the credential, no login. */
export const publicInvitationsRouter = createRouter()
  .openapi(routes.readInvitationRoute, async (c) => {
    const i = await readInvitation(c.get('ctx'), c.req.valid('param').token)
    return c.json({ name: i.name, email: i.email!, organizationName: i.organizationName, invitedBy: i.invitedByName, expiresAt: i.expiresAt.toISOString() }, 200)
  })
  .openapi(routes.acceptInvitationRoute, async (c) => {
    const accepted = await acceptInvitation({ ctx: c.get('ctx'), auth: await authOf(c.get('deps')), token: c.req.valid('param').token, password: c.req.valid('json').password })
    return c.json(accepted, 200)
  })
