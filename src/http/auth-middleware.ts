import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { clientKey } from './rate-limit.ts'
import { authenticate, authenticatePerson } from '../auth/authenticate.ts'
import { authOf, SESSION_COOKIE } from '../auth/better-auth.ts'
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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A write carried by a cookie must come from our own pages: the browser says where a request
 * comes from (Sec-Fetch-Site, else Origin), and a cross-site one is refused. Hono's csrf() covers
 * form posts only; this covers fetch too. A request with neither header is not a browser's.
 */
function crossSite(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site')
  if (site) return site !== 'same-origin' && site !== 'none'
  const origin = c.req.header('origin')
  return origin !== undefined && origin !== new URL(c.get('ctx').publicUrl).origin && origin !== new URL(c.req.url).origin
}

/** A signed-in browser: the actor behind the session cookie, or undefined. */
async function sessionActor(c: Context<AppEnv>) {
  if (!(c.req.header('cookie') ?? '').includes(SESSION_COOKIE)) return undefined
  const auth = await authOf(c.get('deps'))
  const session = await auth.api.getSession({ headers: c.req.raw.headers }).catch(() => null)
  const personId = (session?.user as { personId?: string } | undefined)?.personId
  return personId ? authenticatePerson(c.get('ctx'), personId) : undefined
}

/**
 * Every /api request is made by someone: a bearer token (`Authorization: Bearer <token>`, for
 * automation) or a signed-in session (the web app's cookie). Either gives the same actor, and the
 * same access rules follow.
 */
export const requireActor = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header)
  if (!match) {
    const actor = await sessionActor(c)
    if (actor) {
      if (!SAFE_METHODS.has(c.req.method) && crossSite(c)) return problem(c, 'forbidden', '拒绝跨站请求 (cross-site request refused)')
      c.set('actor', actor)
      return next()
    }
    c.header('WWW-Authenticate', 'Bearer realm="jinqiao"')
    return problem(c, 'unauthorized', '请先登录，或在 Authorization 头中携带 Bearer 令牌 (sign in, or send a bearer token)')
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

/** A secret link (follow-up, answer, feed, invitation) that leads nowhere counts as a failed guess; too many and the client waits. */
export const guessThrottle = createMiddleware<AppEnv>(async (c, next) => {
  const refused = throttled(c)
  if (refused) return refused
  await next()
  if (c.res.status === 404 || c.res.status === 410) recordFailure(c)
})
