// `npm run bench:web`: what a participant waits for. Starts the demo (`npm run demo`'s own
// programme, on an in-memory PGlite), opens it in Debian's Chromium, and prints, for the
// enterprise's and the provider's 工作台: the gzipped JavaScript downloaded before the page is
// usable, and the time from navigation to usable (cold: empty cache; warm: assets cached).
// "Usable" is the heading shown, the counts loaded, no skeleton left; the time runs from the
// navigation's start (performance.now in the page). Prints; asserts nothing.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/demo/sign-ins.ts'
import { DEMO_SIGN_INS } from '../../src/demo/seed.ts'

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

async function signedInContext(email: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
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
await browser.close()
demo.kill('SIGTERM')
