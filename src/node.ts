import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { provisionAdminToken } from './auth/provision-admin.ts'
import { ConfigError, parseConfig } from './config.ts'
import { openDatabase } from './db/open.ts'
import { actionContext, type Deps } from './deps.ts'
import { startMailDispatcher } from './mail/dispatch-loop.ts'

/** Starts the server: settings → database (migrated) → admin token → HTTP. */
export async function startServer(env: Record<string, string | undefined>, onReady?: (deps: Deps) => Promise<void>) {
  const config = parseConfig(env)
  const { db, description } = await openDatabase(config)
  const deps: Deps = { db, now: () => new Date(), maxBodyBytes: config.JINQIAO_MAX_BODY_BYTES, mailFrom: { name: config.JINQIAO_MAIL_FROM_NAME, email: config.JINQIAO_MAIL_FROM }, publicUrl: config.JINQIAO_PUBLIC_URL }
  if (config.JINQIAO_ADMIN_TOKEN) await provisionAdminToken(actionContext(deps), config.JINQIAO_ADMIN_TOKEN)
  await onReady?.(deps)
  const server = serve({ fetch: createApp(deps).fetch, port: config.PORT }, (info) => {
    console.log(`金桥 Jinqiao listening on http://localhost:${info.port} — database: ${description}`)
    console.log(`API reference: http://localhost:${info.port}/docs`)
  })
  const mail = config.SMTP_URL ? startMailDispatcher(deps, config.SMTP_URL) : undefined
  if (!mail) console.log('SMTP_URL is not set: e-mail waits in the outbox until it is.')
  const stop = () => {
    mail?.stop()
    server.close()
    void db.destroy().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

export function exitOnStartupError(error: unknown): never {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}

if (import.meta.main) await startServer(process.env).catch(exitOnStartupError)
