import { Hono } from 'hono'
import { guessThrottle } from '../http/auth-middleware.ts'
import { credentialPage } from '../http/security-headers.ts'
import type { AppEnv } from '../http/app-env.ts'
import { limitBody } from '../http/body-guards.ts'
import { problem } from '../http/problem.ts'
import { fieldErrors } from '../http/zod-issues.ts'
import { answerByLink, LinkAnswerForm, viewAnswerLink } from './answer-by-link.ts'
import { answerPage } from './answer.page.ts'
import { calendarFeedFile } from './calendar-feed.ts'
import { answerFollowUp, findFollowUp, FollowUpAnswers } from './follow-up.ts'
import { followUpForm, followUpGone } from './follow-up.page.ts'
import { ConflictError, GoneError, NotFoundError } from '../errors.ts'

// Reached without a bearer token: the secret in the URL is the credential.

export const publicEventsRouter = new Hono<AppEnv>()
  .use('/calendar/*', guessThrottle)
  .use('/follow-up/*', guessThrottle, limitBody(16 * 1024), credentialPage)
  .use('/answer/*', guessThrottle, limitBody(16 * 1024), credentialPage)
  .get('/calendar/:file', async (c) => {
  const match = /^([A-Za-z0-9_-]{10,200})\.ics$/.exec(c.req.param('file'))
  if (!match) return problem(c, 'not-found', '日历订阅不存在 (no such calendar feed)')
  const ics = await calendarFeedFile({ ctx: c.get('ctx'), token: match[1]! })
  c.header('content-type', 'text/calendar; charset=utf-8')
  c.header('cache-control', 'private, max-age=300')
  return c.body(ics)
})
  .get('/follow-up/:token', async (c) => {
    try {
      return c.html(followUpForm(await findFollowUp(c.get('ctx'), c.req.param('token'))))
    } catch (error) {
      if (error instanceof GoneError) return c.html(followUpGone(410), 410)
      if (error instanceof NotFoundError) return c.html(followUpGone(404), 404)
      throw error
    }
  })
  .post('/follow-up/:token', async (c) => {
    const type = c.req.header('content-type') ?? ''
    const raw = type.includes('json') ? await c.req.json().catch(() => undefined) : Object.fromEntries(Object.entries(await c.req.parseBody()).filter(([, v]) => v !== ''))
    const parsed = FollowUpAnswers.safeParse(raw ?? {})
    if (!parsed.success) return problem(c, 'validation-error', '回访内容有误 (invalid answers)', fieldErrors(parsed.error))
    try {
      const saved = await answerFollowUp(c.get('ctx'), c.req.param('token'), parsed.data)
      return type.includes('json') ? c.json({ saved: true }) : c.html(followUpForm({ ...saved, ...parsed.data }, true))
    } catch (error) {
      if (type.includes('json')) throw error
      if (error instanceof GoneError) return c.html(followUpGone(410), 410)
      if (error instanceof NotFoundError) return c.html(followUpGone(404), 404)
      if (error instanceof ConflictError) return c.html(followUpForm(await findFollowUp(c.get('ctx'), c.req.param('token'))), 409)
      throw error
    }
  })
  .get('/answer/:token', async (c) => {
    const { status, body } = answerPage(await viewAnswerLink(c.get('ctx'), c.req.param('token')))
    return c.html(body, status)
  })
  .post('/answer/:token', async (c) => {
    const parsed = LinkAnswerForm.safeParse(Object.fromEntries(Object.entries(await c.req.parseBody()).filter(([, v]) => typeof v === 'string')))
    if (!parsed.success) return problem(c, 'validation-error', '留言有误 (invalid note)', fieldErrors(parsed.error))
    const { status, body } = answerPage(await answerByLink(c.get('ctx'), c.req.param('token'), parsed.data))
    return c.html(body, status)
  })
