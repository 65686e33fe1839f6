import { createApp } from './app.ts'
import { provisionAdminToken } from './auth/provision-admin.ts'
import { ConfigError, parseConfig, type Config } from './config.ts'
import { requestScopedPostgres } from './db/request-scoped.ts'
import { actionContext, depsFromConfig, type Deps } from './deps.ts'
import { assetPages, type AssetsBinding } from './http/asset-pages.ts'
import { runMailJobs } from './jobs/mail-jobs.ts'
import { httpMailTransport } from './mail/http-transport.ts'

// Cloudflare Workers entry: the same app as on Node, over PostgreSQL through Hyperdrive (or
// DATABASE_URL), its pages from the Worker's static assets. Built once per isolate; each request (and
// each cron run) gets its own database connection, closed when it is done. Migrations run beforehand
// (`npm run db:migrate` against the same database).

interface Env {
  DATABASE_URL?: string
  HYPERDRIVE?: { connectionString: string }
  ASSETS?: AssetsBinding
  [key: string]: unknown
}
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
  passThroughOnException(): void
  props: unknown
}
interface ScheduledController {
  cron: string
  scheduledTime: number
}

interface Isolate {
  app: ReturnType<typeof createApp>
  deps: Deps
  config: Config
  run: <T>(work: () => Promise<T>) => Promise<T>
  provisioned?: Promise<void> | undefined
}
let isolate: Isolate | undefined

function build(env: Env): Isolate {
  const config = parseConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>)
  const url = env.HYPERDRIVE?.connectionString ?? config.DATABASE_URL
  if (!url) throw new ConfigError('DATABASE_URL or a HYPERDRIVE binding is required')
  const { db, run } = requestScopedPostgres(() => url)
  const deps: Deps = { ...depsFromConfig(db, config), ...(env.ASSETS ? { pages: assetPages(env.ASSETS) } : {}) }
  return { app: createApp(deps), deps, config, run }
}

/** JINQIAO_ADMIN_TOKEN becomes a working coordinator token once per isolate (idempotent; retried after a failure). */
function provisioned(current: Isolate) {
  const token = current.config.JINQIAO_ADMIN_TOKEN
  if (!token) return Promise.resolve()
  current.provisioned ??= provisionAdminToken(actionContext(current.deps), token).catch((error) => {
    current.provisioned = undefined
    throw error
  })
  return current.provisioned
}

function setUp(env: Env): Isolate | Response {
  try {
    return (isolate ??= build(env))
  } catch (error) {
    return new Response(error instanceof ConfigError ? error.message : 'configuration failed', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const current = setUp(env)
    if (current instanceof Response) return current
    return current.run(async () => {
      await provisioned(current)
      return current.app.fetch(request, env, ctx)
    })
  },

  /** The Cron Trigger: the Node dispatcher's jobs — reminders, follow-ups, digests, then delivery over the mail API. */
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const current = setUp(env)
    if (current instanceof Response) throw new Error(await current.text())
    const { JINQIAO_MAIL_API_URL: url, JINQIAO_MAIL_API_KEY: key, JINQIAO_MAIL_API_FORMAT: format } = current.config
    if (!url || !key) {
      console.log('JINQIAO_MAIL_API_URL and JINQIAO_MAIL_API_KEY are not set: e-mail waits in the outbox.')
      return
    }
    const transport = httpMailTransport({ url, key, format })
    ctx.waitUntil(current.run(async () => {
      const result = await runMailJobs(current.deps, transport, `worker:${controller.cron}`)
      if (result.claimed) console.log(`mail: ${result.sent} sent, ${result.failed} failed`)
    }))
  },
}
