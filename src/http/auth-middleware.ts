import { createMiddleware } from 'hono/factory'
import { authenticate } from '../auth/authenticate.ts'
import type { AppEnv } from './app-env.ts'
import { problem } from './problem.ts'

/** Every /api request carries `Authorization: Bearer <token>`; the actor is set for the handlers. */
export const requireActor = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header)
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="jinqiao"')
    return problem(c, 'unauthorized', '缺少访问令牌：请在 Authorization 头中携带 Bearer 令牌 (missing bearer token)')
  }
  const actor = await authenticate(c.get('ctx'), match[1]!)
  if (!actor) {
    c.header('WWW-Authenticate', 'Bearer realm="jinqiao", error="invalid_token"')
    return problem(c, 'unauthorized', '访问令牌无效、已过期或已撤销 (invalid, expired or revoked token)')
  }
  c.set('actor', actor)
  await next()
})
