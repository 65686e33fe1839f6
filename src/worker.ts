import { createApp } from './app.ts'
import { parseConfig } from './config.ts'
import { depsFromConfig } from './deps.ts'
import { createPostgresDb } from './db/postgres.ts'

// Cloudflare Workers entry: the same app over PostgreSQL (Hyperdrive or DATABASE_URL).
// PGlite is not used here, and migrations run beforehand with `npm run db:migrate`.
// Not yet exercised on workerd: that is the Workers issue's job.

interface Env {
  DATABASE_URL?: string
  HYPERDRIVE?: { connectionString: string }
  [key: string]: unknown
}
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const config = parseConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>)
    const url = env.HYPERDRIVE?.connectionString ?? config.DATABASE_URL
    if (!url) return new Response('DATABASE_URL or a HYPERDRIVE binding is required', { status: 503 })
    // One small pool per request: Workers may not share sockets between requests.
    const db = createPostgresDb({ url, maxConnections: 1 })
    const response = await createApp(depsFromConfig(db, config)).fetch(request)
    ctx.waitUntil(db.destroy())
    return response
  },
}
