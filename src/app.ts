import { OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { zhCN } from 'zod/locales'
import { auditRouter } from './audit/audit.handlers.ts'
import { authRouter } from './auth/auth.handlers.ts'
import { signInRouter } from './auth/sign-in.handlers.ts'
import { signInPagesRouter } from './auth/sign-in-pages.handlers.ts'
import { invitationsRouter, publicInvitationsRouter } from './auth/sign-in-api.handlers.ts'
import { capabilitiesRouter } from './catalogue/capabilities.handlers.ts'
import { catalogueRouter } from './catalogue/catalogue.handlers.ts'
import { needsRouter } from './catalogue/needs.handlers.ts'
import { organizationsRouter } from './catalogue/organizations.handlers.ts'
import { outboxRouter } from './mail/outbox.handlers.ts'
import { interestsRouter } from './matching/interests.handlers.ts'
import { matchingRouter } from './matching/matching.handlers.ts'
import { answersRouter } from './events/answers.handlers.ts'
import { eventsRouter } from './events/events.handlers.ts'
import { meetingRequestsRouter } from './events/meeting-requests.handlers.ts'
import { publicEventsRouter } from './events/public.handlers.ts'
import { outcomesRouter } from './outcomes/outcomes.handlers.ts'
import { spreadsheetsRouter } from './spreadsheets/spreadsheets.handlers.ts'
import { actionContext, type Deps } from './deps.ts'
import type { AppEnv } from './http/app-env.ts'
import { guessThrottle, requireActor } from './http/auth-middleware.ts'
import { createThrottle } from './http/rate-limit.ts'
import { noStore, pageHeaders } from './http/security-headers.ts'
import { limitBody, requireJsonBody } from './http/body-guards.ts'
import { onError } from './http/error-handler.ts'
import { mountDocs } from './http/docs.ts'
import { mountPages } from './http/web-pages.ts'
import { problem } from './http/problem.ts'
import { sql } from 'kysely'

// Validation messages in Chinese: our users read them.
z.config(zhCN())

/** The whole app, for Node, tests and Workers alike. Nothing runs until a request comes. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>()
  app.onError(onError)
  app.notFound((c) => problem(c, 'not-found', `没有这个地址 (no route for ${c.req.method} ${c.req.path})`))
  const throttle = createThrottle(deps.now)
  app.use('*', pageHeaders)
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    c.set('ctx', actionContext(deps))
    c.set('throttle', throttle)
    await next()
  })

  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db)
      return c.json({ status: 'ok', database: 'reachable' })
    } catch {
      return problem(c, 'service-unavailable', '数据库不可达 (database unreachable)')
    }
  })

  app.route('/', publicEventsRouter)
  app.route('/', signInRouter)
  app.route('/', signInPagesRouter)

  // The invitation link's endpoints need no login; they answer before the API's sign-in check.
  const publicApi = new OpenAPIHono<AppEnv>()
  publicApi.use('/invitations/*', noStore, limitBody(16 * 1024), requireJsonBody, guessThrottle)
  publicApi.route('/', publicInvitationsRouter)
  app.route('/api/v1', publicApi)

  const api = new OpenAPIHono<AppEnv>()
  api.use('*', noStore, limitBody(deps.maxBodyBytes), requireJsonBody, requireActor)
  for (const router of [authRouter, organizationsRouter, needsRouter, capabilitiesRouter, catalogueRouter, matchingRouter, eventsRouter, answersRouter, outcomesRouter, spreadsheetsRouter, auditRouter, invitationsRouter, outboxRouter, interestsRouter, meetingRequestsRouter]) api.route('/', router)
  app.route('/api/v1', api)

  mountDocs(app)
  mountPages(app, deps.pages)
  return app
}

export type App = ReturnType<typeof createApp>
