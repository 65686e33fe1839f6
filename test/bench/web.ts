// `npm run bench:web`: what a participant waits for. Starts the demo (`npm run demo`'s own
// programme, on an in-memory PGlite), opens it in Debian's Chromium, and prints, for the
// enterprise's and the provider's 工作台: the gzipped JavaScript downloaded before the page is
// usable, and the time from navigation to usable (cold: empty cache; warm: assets cached).
// "Usable" is the heading shown, the counts loaded, no skeleton left; the time runs from the
// navigation's start (performance.now in the page). Then the coordinator's console at 1366×768,
// every screen, at the demo's size and again after a generated programme ten times that size is
// loaded (test/bench/programme.ts; BENCH_SCALE=1 skips it). Prints; asserts nothing.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/demo/sign-ins.ts'
import { DEMO_SIGN_INS } from '../../src/demo/seed.ts'
import { loadProgramme } from './programme.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)) })
})
const base = `http://localhost:${port}`
const demo = spawn(process.execPath, ['src/demo/main.ts'], { env: { ...process.env, PORT: String(port), JINQIAO_DATA_DIR: 'memory://' }, stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise<void>((resolve, reject) => {
  demo.stdout.on('data', (d: Buffer) => { if (d.toString().includes('listening on')) resolve() })
  demo.once('exit', (code) => reject(new Error(`the demo exited (${code})`)))
})

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP localhost 127.0.0.1`] })

async function signedInContext(email: string, viewport = { width: 390, height: 844 }) {
  const context = await browser.newContext({ viewport })
  const r = await context.request.post(`${base}/api/auth/sign-in/email`, { data: { email, password: DEMO_PASSWORD }, headers: { origin: base } })
  if (!r.ok()) throw new Error(`sign-in failed: ${r.status()}`)
  return context
}

/** One visit to the page: the JavaScript it fetched (gzipped as a server would send it) and the time until usable. */
async function visit(context: BrowserContext, path: string, usable: string) {
  const page = await context.newPage()
  const scripts = new Map<string, number>()
  let done = false
  page.on('response', async (res) => {
    if (done || !/javascript/.test(res.headers()['content-type'] ?? '')) return
    const body = await res.body().catch(() => null)
    if (body && !done) scripts.set(res.url(), res.fromServiceWorker() ? 0 : gzipSync(body).length)
  })
  await page.goto(base + path)
  // Measured from the navigation's start, inside the page (performance.now), as browsers' own timings are.
  const usableAt = await page.waitForFunction((selector) => {
    const main = document.querySelector('main, #main')
    return !!main && !!document.querySelector(selector) && !main.querySelector('.ant-skeleton, .ant-spin-spinning') && performance.now()
  }, usable, { polling: 'raf' })
  const ms = Math.round((await usableAt.jsonValue()) as number)
  done = true
  const cached = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).transferSize === 0 && e.name.endsWith('.js')).map((e) => e.name))
  const bytes = [...scripts].filter(([url]) => !cached.includes(url)).reduce((n, [, b]) => n + b, 0)
  await page.close()
  return { ms, kb: bytes / 1024, files: scripts.size }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const rows: string[] = []
const DASHBOARD = 'main .ant-statistic, main .ant-empty'
for (const [who, email] of [['enterprise 企业', DEMO_SIGN_INS.enterprise], ['provider 学会秘书', DEMO_SIGN_INS.provider]] as const) {
  const cold: Awaited<ReturnType<typeof visit>>[] = []
  const warm: Awaited<ReturnType<typeof visit>>[] = []
  for (let i = 0; i < RUNS; i++) {
    const context = await signedInContext(email)
    cold.push(await visit(context, '/', DASHBOARD))
    warm.push(await visit(context, '/', DASHBOARD))
    await context.close()
  }
  rows.push(`${who.padEnd(16)} JS before usable ${median(cold.map((r) => r.kb)).toFixed(1)} KB gz (${cold[0]!.files} files) · usable cold ${median(cold.map((r) => r.ms))} ms (max ${Math.max(...cold.map((r) => r.ms))}) · warm ${median(warm.map((r) => r.ms))} ms`)
}
const signIn = await browser.newContext({ viewport: { width: 390, height: 844 } })
const first = await visit(signIn, '/sign-in', 'main form button[type=submit]')
rows.push(`${'sign-in 登录页'.padEnd(16)} JS before usable ${first.kb.toFixed(1)} KB gz (${first.files} files) · usable cold ${first.ms} ms`)
await signIn.close()

console.log(`bench:web — the demo on PGlite (in memory), Chromium at 390×844, median of ${RUNS} runs; goals: ≤ 300 KB gz, ≤ 1000 ms`)
for (const r of rows) console.log(`  ${r}`)

// The coordinator's console: every screen until its data is shown (a table's rows, the grid, the figures).
const TOKEN = 'demo-coordinator-token-0001'
const get = async (path: string) => (await fetch(base + path, { headers: { authorization: `Bearer ${TOKEN}` } })).json() as Promise<any>
async function consoleRows(size: string, event: string, need: string) {
  const ROW = 'main .ant-table-tbody tr.ant-table-row'
  const screens: [string, string, string][] = [
    ['工作台', '/', 'main .ant-statistic'], ['机构与人员', '/directory', ROW], ['需求', '/catalogue/needs', ROW], ['服务能力', '/catalogue/capabilities', ROW],
    ['匹配', `/matching?needId=${need}`, ROW], ['对接活动', '/events', ROW], ['排程表', `/events/${event}`, 'main .jq-grid .jq-card'], ['成果', '/outcomes', 'main .ant-table'],
    ['统计', '/figures', 'main .ant-statistic'], ['邮件', '/mail', ROW],
  ]
  console.log(`console 科协控制台 at ${size}, 1366×768, median of ${RUNS} runs (cold · warm):`)
  for (const [name, path, usable] of screens) {
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const context = await signedInContext(DEMO_SIGN_INS.coordinator, { width: 1366, height: 768 })
      cold.push((await visit(context, path, usable)).ms)
      warm.push((await visit(context, path, usable)).ms)
      await context.close()
    }
    console.log(`  ${name.padEnd(6, '　')} ${String(median(cold)).padStart(5)} ms · ${String(median(warm)).padStart(5)} ms (max ${Math.max(...cold, ...warm)})`)
  }
}
const demoEvent = (await get('/api/v1/events')).items.find((e: any) => e.status !== 'cancelled').id
const demoNeed = (await get('/api/v1/needs?status=shortlisted&limit=1')).items[0]?.id ?? (await get('/api/v1/needs?limit=1')).items[0].id
await consoleRows('the demo’s size', demoEvent, demoNeed)
if (Number(process.env.BENCH_SCALE ?? 10) > 1) {
  const t0 = Date.now()
  const { bigEventId, needId } = await loadProgramme(base, TOKEN)
  const counts = await Promise.all(['/api/v1/organizations', '/api/v1/needs', '/api/v1/capabilities'].map(async (p) => {
    let n = 0
    for (let cursor: string | undefined; ;) { const page = await get(`${p}?limit=100${cursor ? `&cursor=${cursor}` : ''}`); n += page.items.length; if (!page.nextCursor) break; cursor = page.nextCursor }
    return n
  }))
  const sessions = (await get(`/api/v1/events/${bigEventId}/sessions`)).items.length
  console.log(`generated programme loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${counts[0]} organisations, ${counts[1]} needs, ${counts[2]} capabilities, ${(await get('/api/v1/events')).items.length} events; the timetable shown has ${sessions} sessions`)
  await consoleRows('10× the demo', bigEventId, needId)
}
await browser.close()
demo.kill('SIGTERM')
