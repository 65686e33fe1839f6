// `npm run check:worker`: what a Cloudflare deployment must fit. (1) The Worker's bundle, built by
// `wrangler deploy --dry-run`, against the Workers limit on compressed size (fails over it). (2) The CPU
// time per request of the heaviest routes — the figure Workers bill and limit — measured here on Node
// (the same V8), in-process, with the app built as the Worker builds it and the database on PostgreSQL
// (DATABASE_URL or TEST_DATABASE_URL; its own CPU is not the Worker's and is not counted), filled with
// the demo programme. Skipped without a database.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createApp } from '../src/app.ts'
import { authenticate } from '../src/auth/authenticate.ts'
import { provisionAdminToken } from '../src/auth/provision-admin.ts'
import { parseConfig } from '../src/config.ts'
import { DEMO_SIGN_INS, seedDemo } from '../src/demo/seed.ts'
import { DEMO_PASSWORD, provisionDemoSignIns } from '../src/demo/sign-ins.ts'
import { actionContext, depsFromConfig } from '../src/deps.ts'
import { openBenchDb } from '../test/bench/bench-db.ts'
import { QUIET_WRANGLER_ENV, WRANGLER } from './worker-env.ts'

/** Workers Free takes 3 MB of compressed Worker; Paid 10 MB. We hold ourselves to the smaller. */
const LIMIT_GZIP = 3 * 1024 * 1024

const out = mkdtempSync(join(tmpdir(), 'jinqiao-worker-'))
const built = spawnSync(process.execPath, [...WRANGLER, 'deploy', '--dry-run', '--outdir', out], { encoding: 'utf8', env: { ...process.env, ...QUIET_WRANGLER_ENV } })
if (built.status !== 0) {
  console.error(built.stdout, built.stderr)
  process.exit(1)
}
const bundle = readFileSync(join(out, 'worker.js'))
rmSync(out, { recursive: true, force: true })
const gz = gzipSync(bundle, { level: 9 }).length
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
console.log(`Worker bundle: ${mb(bundle.length)}, ${mb(gz)} gzip (limit ${mb(LIMIT_GZIP)} gzip)`)
let failed = gz > LIMIT_GZIP
if (failed) console.error('The bundle is over the limit.')

const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL
if (!url) {
  console.log('CPU per request: skipped (set DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL database).')
  process.exit(failed ? 1 : 0)
}
process.env.BENCH_DATABASE_URL = url
const { db, drop } = await openBenchDb() // a migrated schema of its own, dropped at the end
try {
  const token = 'check-worker-coordinator-token-0001'
  const deps = depsFromConfig(db, parseConfig({ DATABASE_URL: url }))
  const ctx = actionContext(deps)
  await provisionAdminToken(ctx, token)
  await seedDemo(ctx, (await authenticate(ctx, token))!)
  await provisionDemoSignIns(deps)
  const app = createApp(deps)
  const need = (await db.selectFrom('needs').select('id').where('status', '=', 'published').orderBy('id').limit(1).executeTakeFirstOrThrow()).id
  const event = (await db.selectFrom('events').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json', origin: new URL(deps.publicUrl).origin }
  const routes: [string, string, string, unknown?][] = [
    ['one need’s ranked providers', 'GET', `/api/v1/needs/${need}/matches?limit=10`],
    ['batch matching, a county', 'POST', '/api/v1/matching/batch', { county: '汶上县', limit: 5 }],
    ['needs list (50)', 'GET', '/api/v1/needs?limit=50'],
    ['a timetable proposal', 'POST', `/api/v1/events/${event}/schedule`, { apply: false, groupSessions: false }],
    ['the year’s 14 figures', 'GET', '/api/v1/reports/summary?from=2026-01-01&to=2026-12-31'],
    ['needs compendium .xlsx', 'GET', '/api/v1/exports/needs-compendium.xlsx'],
    ['OpenAPI document', 'GET', '/openapi.json'],
    ['signing in with a password', 'POST', '/api/auth/sign-in/email', { email: DEMO_SIGN_INS.coordinator, password: DEMO_PASSWORD }],
  ]
  console.log('\n| route | CPU per request, median | max | status |')
  console.log('| --- | --- | --- | --- |')
  for (const [label, method, path, body] of routes) {
    const once = async () => {
      const before = process.cpuUsage()
      const response = await app.request(path, { method, headers: auth, ...(body ? { body: JSON.stringify(body) } : {}) })
      await response.arrayBuffer()
      const used = process.cpuUsage(before)
      return { ms: (used.user + used.system) / 1000, status: response.status }
    }
    await once()
    const runs: { ms: number; status: number }[] = []
    for (let i = 0; i < 15; i++) runs.push(await once())
    const sorted = runs.map((r) => r.ms).sort((a, b) => a - b)
    console.log(`| ${label} | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms | ${sorted.at(-1)!.toFixed(1)} ms | ${runs[0]!.status} |`)
    if (runs.some((r) => r.status >= 500)) failed = true
  }
  console.log('\nCPU is this process’s (user + system) while the request ran, the database’s own excluded. Workers Free allows 10 ms per request; Paid up to 5 minutes (wrangler.toml sets 30 s).')
} finally {
  await drop()
}
process.exit(failed ? 1 : 0)
