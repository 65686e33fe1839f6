import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { clientKey } from './rate-limit.ts'
import { authenticate } from '../auth/authenticate.ts'
import type { AppEnv } from './app-env.ts'
import { problem } from './problem.ts'

/** Says 429 with Retry-After when the client (or this credential) has failed too often; else undefined. */
export function throttled(c: Context<AppEnv>, credential?: string): Response | undefined {
  const { clients, credentials } = c.get('throttle')
  const wait = Math.max(clients.retryAfterMs(clientKey(c)), credential ? credentials.retryAfterMs(credential) : 0)
  if (wait <= 0) return undefined
  c.header('Retry-After', String(Math.ceil(wait / 1000)))
  return problem(c, 'too-many-requests', `失败次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试 (too many failed attempts; try again in ${Math.ceil(wait / 1000)} s)`)
}

export function recordFailure(c: Context<AppEnv>, credential?: string) {
  c.get('throttle').clients.fail(clientKey(c))
  if (credential) c.get('throttle').credentials.fail(credential)
}

/** Every /api request carries `Authorization: Bearer <token>`; the actor is set for the handlers. */
export const requireActor = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header)
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="jinqiao"')
    return problem(c, 'unauthorized', '缺少访问令牌：请在 Authorization 头中携带 Bearer 令牌 (missing bearer token)')
  }
  const credential = `token:${match[1]!.slice(-24)}`
  const refused = throttled(c, credential)
  if (refused) return refused
  const actor = await authenticate(c.get('ctx'), match[1]!)
  if (!actor) {
    recordFailure(c, credential)
    c.header('WWW-Authenticate', 'Bearer realm="jinqiao", error="invalid_token"')
    return problem(c, 'unauthorized', '访问令牌无效、已过期或已撤销 (invalid, expired or revoked token)')
  }
  c.set('actor', actor)
  await next()
})
