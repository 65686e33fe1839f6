import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { sql } from 'kysely'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { ensurePagesBuilt } from '../../src/http/build-pages.ts'
import { hyperdriveLocalUrl, QUIET_WRANGLER_ENV, WRANGLER, workerVars } from '../../scripts/worker-env.ts'

/** One request the stand-in mail API received: its headers and JSON body. */
export interface ApiMail { headers: Record<string, string | string[] | undefined>; body: any }

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo
    s.close(() => resolve(port))
  })
})

/**
 * The app as deployed: `wrangler dev` (workerd) serving src/worker.ts with its static assets, its
 * Hyperdrive binding on a fresh database of the local PostgreSQL, and its mail API pointed at a
 * stand-in HTTP server of this process (the one part that lies outside the machine in production).
 */
export async function startWorker(adminToken: string) {
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `jinqiao_worker_${Date.now().toString(36)}`
  const admin = createPostgresDb({ url: server, maxConnections: 1 })
  await sql`create database ${sql.id(name)}`.execute(admin)
  const url = new URL(server)
  url.pathname = `/${name}`
  const db = createPostgresDb({ url: url.toString(), maxConnections: 2 })
  await migrateToLatest(db)
  await ensurePagesBuilt(() => {})

  const mails: ApiMail[] = []
  let failNext = 0
  const mailApi: Server = createServer((req, res) => {
    let text = ''
    req.on('data', (chunk) => (text += chunk))
    req.on('end', () => {
      if (failNext > 0) {
        failNext--
        res.writeHead(503).end('{"message":"try later"}')
        return
      }
      mails.push({ headers: req.headers, body: JSON.parse(text) })
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"m${mails.length}"}`)
    })
  })
  await new Promise<void>((resolve) => mailApi.listen(0, '127.0.0.1', resolve))
  const mailPort = (mailApi.address() as AddressInfo).port

  const port = await freePort()
  const base = `http://localhost:${port}`
  const state = mkdtempSync(join(tmpdir(), 'jinqiao-wrangler-'))
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [
    ...WRANGLER, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', state, '--inspector-port', String(await freePort()),
    ...workerVars({}, { JINQIAO_ADMIN_TOKEN: adminToken, JINQIAO_PUBLIC_URL: base, JINQIAO_MAIL_FROM: 'jinqiao@example.org', JINQIAO_MAIL_API_URL: `http://127.0.0.1:${mailPort}/emails`, JINQIAO_MAIL_API_KEY: 'stand-in-key-0001', JINQIAO_MAIL_API_FORMAT: 'resend' }),
  ], { env: { ...process.env, ...QUIET_WRANGLER_ENV, CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: hyperdriveLocalUrl(url.toString()) }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const deadline = Date.now() + 90_000
  for (;;) {
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false)
    if (ok) break
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`workerd did not start:\n${log}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    base, db, mails, log: () => log,
    failNextMails: (n: number) => (failNext = n),
    /** Runs the Worker's Cron Trigger once, as Cloudflare would. */
    cron: () => fetch(`${base}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('* * * * *')}`).then((r) => r.text()),
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))
      mailApi.close()
      await db.destroy()
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin)
      await admin.destroy()
      rmSync(state, { recursive: true, force: true })
    },
  }
}
