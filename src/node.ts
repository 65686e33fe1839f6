import { serve } from '@hono/node-server'
import { hostname } from 'node:os'
import { createApp, type App } from './app.ts'
import { provisionAdminToken } from './auth/provision-admin.ts'
import { ConfigError, parseConfig } from './config.ts'
import { DataDirBusy } from './db/data-dir-lock.ts'
import { openDatabase } from './db/open.ts'
import { actionContext, depsFromConfig, type Deps } from './deps.ts'
import { startMailDispatcher } from './jobs/mail-jobs.ts'
import { httpMailTransport } from './mail/http-transport.ts'
import { smtpTransport } from './mail/smtp-transport.ts'
import { startReplyMailbox } from './jobs/reply-mailbox.ts'
import { hasActiveCoordinatorToken } from './auth/tokens.repository.ts'
import { ensurePagesBuilt, PAGES_DIR } from './http/build-pages.ts'
import { nodePages } from './http/node-pages.ts'
import { ResidentCatalogue } from './matching/resident-catalogue.ts'
import { warmUpMatching } from './matching/warm-up.ts'

/** Starts the server: settings → database (migrated) → admin token → HTTP. */
export async function startServer(env: Record<string, string | undefined>, onReady?: (deps: Deps) => Promise<void>) {
  const config = parseConfig(env)
  const { db, description } = await openDatabase(config)
  await ensurePagesBuilt()
  const deps = { ...depsFromConfig(db, config), pages: nodePages(PAGES_DIR), catalogue: new ResidentCatalogue() }
  if (config.JINQIAO_ADMIN_TOKEN) await provisionAdminToken(actionContext(deps), config.JINQIAO_ADMIN_TOKEN)
  await onReady?.(deps)
  const app = createApp(deps)
  await warmUp(app, deps)
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    console.log(`金桥 Jinqiao listening on http://localhost:${info.port} — database: ${description}`)
    console.log(`Pages 网页: http://localhost:${info.port}/ · API reference: http://localhost:${info.port}/docs`)
  })
  server.once('error', (error: NodeJS.ErrnoException) => {
    const message = error.code === 'EADDRINUSE'
      ? `端口 ${config.PORT} 已被占用 (PORT ${config.PORT} is already in use): stop the other server or set PORT to a free port.`
      : `无法监听端口 ${config.PORT} (cannot listen on PORT ${config.PORT}): ${error.message}`
    console.error(message)
    void db.destroy().finally(() => process.exit(1))
  })
  if (!config.JINQIAO_ADMIN_TOKEN && !(await hasActiveCoordinatorToken(db))) {
    console.log('没有任何科协工作人员可以登录 (no coordinator can sign in yet): set JINQIAO_ADMIN_TOKEN to a secret of 24+ characters')
    console.log('and restart; then call the API with "Authorization: Bearer <that secret>" to register organisations, people and their tokens.')
  }
  const transport = config.SMTP_URL ? smtpTransport(config.SMTP_URL)
    : config.JINQIAO_MAIL_API_URL && config.JINQIAO_MAIL_API_KEY ? httpMailTransport({ url: config.JINQIAO_MAIL_API_URL, key: config.JINQIAO_MAIL_API_KEY, format: config.JINQIAO_MAIL_API_FORMAT })
    : undefined
  const mail = transport ? startMailDispatcher(deps, transport, config.JINQIAO_INSTANCE_ID ?? `${hostname()}:${config.PORT}`) : undefined
  if (!mail) console.log('Neither SMTP_URL nor JINQIAO_MAIL_API_URL is set: e-mail waits in the outbox until one is.')
  const replies = await startReplyMailbox(deps, { imapUrl: config.JINQIAO_REPLY_IMAP_URL, smtpPort: config.JINQIAO_REPLY_SMTP_PORT, smtpHost: config.JINQIAO_REPLY_SMTP_HOST })
  if (!replies.reading) console.log('No reply mailbox is read (set JINQIAO_REPLY_IMAP_URL or JINQIAO_REPLY_SMTP_PORT): answers from calendar clients are not recorded; the one-click links still are.')
  const stop = () => {
    mail?.stop()
    void replies.stop()
    server.close()
    void db.destroy().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

/**
 * Before the server listens: the catalogue loaded into memory, the router built (on the first
 * request it gets) and matching compiled by the JIT, so that the first people to ask are served
 * as fast as those after them.
 */
export async function warmUp(app: App, deps: Deps): Promise<void> {
  await app.request('/healthz')
  await warmUpMatching(actionContext(deps))
}

export function exitOnStartupError(error: unknown): never {
  console.error(error instanceof ConfigError || error instanceof DataDirBusy ? error.message : error)
  process.exit(1)
}

if (import.meta.main) await startServer(process.env).catch(exitOnStartupError)
