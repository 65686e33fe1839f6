import type { AccessTokenRow } from '../db/tables/organizations.ts'
import { createRouter } from '../http/router.ts'
import * as routes from './auth.routes.ts'
import { issueToken } from './issue-token.ts'
import { listAccessTokens, revokeToken } from './revoke-token.ts'
import { whoAmI } from './who-am-i.ts'

type TokenView = Omit<AccessTokenRow, 'tokenHash'>

function presentToken(row: TokenView) {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }
}

export const authRouter = createRouter()
  .openapi(routes.meRoute, async (c) => {
    return c.json(await whoAmI({ ctx: c.get('ctx'), actor: c.get('actor') }), 200)
  })
  .openapi(routes.issueTokenRoute, async (c) => {
    const issued = await issueToken({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })
    return c.json({ ...presentToken(issued), token: issued.token }, 201)
  })
  .openapi(routes.listTokensRoute, async (c) => {
    const rows = await listAccessTokens({ ctx: c.get('ctx'), actor: c.get('actor'), personId: c.req.valid('query').personId })
    return c.json({ items: rows.map(presentToken) }, 200)
  })
  .openapi(routes.revokeTokenRoute, async (c) => {
    const row = await revokeToken({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    return c.json(presentToken(row), 200)
  })
