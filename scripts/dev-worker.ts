// `npm run dev:worker`: the whole app (API, pages, sign-in) on workerd, locally, against DATABASE_URL
// through the Hyperdrive binding — the way it runs once deployed. Migrates the database and builds the
// pages first. PORT (default 8787) is where it listens.
import { spawn } from 'node:child_process'
import { parseConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/open.ts'
import { ensurePagesBuilt } from '../src/http/build-pages.ts'
import { hyperdriveLocalUrl, QUIET_WRANGLER_ENV, WRANGLER, workerVars } from './worker-env.ts'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('DATABASE_URL is required: the Worker runs on PostgreSQL (PGlite does not run on workerd), e.g.\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run dev:worker')
  process.exit(1)
}
const port = process.env.PORT ?? '8787'
const { db, description } = await openDatabase(parseConfig({ DATABASE_URL: databaseUrl }))
console.log(`Migrations applied: ${description} is up to date.`)
await db.destroy()
await ensurePagesBuilt()

const child = spawn(process.execPath, [...WRANGLER, 'dev', '--port', port, '--ip', '127.0.0.1', ...workerVars(process.env, { JINQIAO_PUBLIC_URL: process.env.JINQIAO_PUBLIC_URL ?? `http://localhost:${port}` })], {
  stdio: 'inherit',
  env: { ...process.env, ...QUIET_WRANGLER_ENV, CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: hyperdriveLocalUrl(databaseUrl) },
})
child.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
