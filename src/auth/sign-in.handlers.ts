import { Hono } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { recordFailure, throttled } from '../http/auth-middleware.ts'
import { problem } from '../http/problem.ts'
import { authOf } from './better-auth.ts'

// better-auth's endpoints under /api/auth, only those we use: sign-in by password or by a code
// sent by e-mail, sign-out (here or everywhere), sessions, password change and reset. The rest
// (sign-up, changing one's e-mail or name) is refused: people, e-mails and names are ours, changed
// through the API where the access rules hold.

const OPEN = new Set([
  '/get-session', '/sign-in/email', '/sign-in/email-otp', '/email-otp/send-verification-otp', '/sign-out',
  '/revoke-sessions', '/revoke-other-sessions', '/revoke-session', '/list-sessions', '/change-password', '/request-password-reset', '/reset-password',
])
/** Guessing happens here: failures are counted per client and per account (the e-mail). */
const GUARDED = new Set(['/sign-in/email', '/sign-in/email-otp', '/email-otp/send-verification-otp', '/request-password-reset'])
/** Each of these sends a mail: every request counts, so nobody floods an inbox. */
const SENDS_MAIL = new Set(['/email-otp/send-verification-otp', '/request-password-reset'])

export const signInRouter = new Hono<AppEnv>().on(['GET', 'POST'], '/api/auth/*', async (c) => {
  const path = c.req.path.slice('/api/auth'.length)
  const open = OPEN.has(path) || path.startsWith('/reset-password/')
  if (!open) return problem(c, 'not-found', `没有这个地址 (no route for ${c.req.method} ${c.req.path})`)
  const guarded = c.req.method === 'POST' && GUARDED.has(path)
  let credential: string | undefined
  if (guarded) {
    const body = (await c.req.raw.clone().json().catch(() => ({}))) as { email?: unknown }
    credential = typeof body.email === 'string' ? `account:${body.email.trim().toLowerCase().slice(0, 200)}` : undefined
    const refused = throttled(c, credential)
    if (refused) return refused
  }
  const response = await (await authOf(c.get('deps'))).handler(c.req.raw)
  if (guarded && (response.status >= 400 || SENDS_MAIL.has(path))) recordFailure(c, credential)
  return response
})
