// `npm run bench:match`: ranking quality on the labelled sets against two baselines, the
// calibration of the bands, then speed over HTTP on a generated catalogue of 100,000
// capabilities with the labelled sets planted in it — on PGlite, and on PostgreSQL too when
// BENCH_DATABASE_URL=postgres://… is set — and batch matching. Prints its figures; asserts nothing.
import { measureServer } from './match-speed.ts'
import { LOAD_CLIENT } from './load.ts'
import { batchSpeed } from './match-batch.ts'
import { exhaustiveAtScale, printCalibration, printLearning, printQuality } from './match-quality.ts'

const CATALOGUE = Number(process.env.BENCH_CAPABILITIES ?? 100_000)
const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ms = (x: number) => `${x.toFixed(1)} ms`
const fmt = (x: number) => x.toFixed(3)

const small = await printQuality()
printCalibration()
printLearning()

const databases: [string, string | undefined][] = [['PGlite', undefined]]
if (process.env.BENCH_DATABASE_URL) databases.push(['PostgreSQL', process.env.BENCH_DATABASE_URL])
else console.log('\n(Set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL as well.)')

const exhaustive = exhaustiveAtScale(CATALOGUE)
console.log(`\n## Speed and quality at scale — one need's top 10 over HTTP, ${CATALOGUE.toLocaleString('en')} generated capabilities with the labelled sets planted among them\n`)
console.log(`Every capability scored (no candidate search at all), in memory: own set ${fmt(exhaustive.own)}, second set ${fmt(exhaustive.second)}, third set ${fmt(exhaustive.third)} NDCG@10 — what the candidate search is measured against. Small catalogue: own ${fmt(small.own)}, second ${fmt(small.second)}, third ${fmt(small.third)}. The own set's figure at scale is low because the generator recombines the demo's records, written beside the own set: many generated capabilities are true but unlabelled answers. The second set shares nothing with them.\n`)
console.log(`First ask: each of 100 needs asked for the first time; again: the same needs asked 3 more times, one request at a time. Under load: ${CONNECTIONS} connections for ${SECONDS} s, over the same 100 needs, then over needs each asked once, from ${LOAD_CLIENT === 'wrk' ? 'wrk (Debian\'s load generator)' : 'this process\'s fetch, which takes a core from the server (install wrk for the server\'s own figures)'}.\n`)
console.log(`| database | matching reads | first ask p50 / p95 | again p50 / p95 / p99 | requests/s (p99), the same needs | requests/s (p99), each need once | own set NDCG@10 | second set NDCG@10 | third set NDCG@10 |`)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const [name, url] of databases) {
  for (const path of ['memory', 'database'] as const) {
    const r = await measureServer({ BENCH_DATABASE_URL: url, BENCH_PATH: path, BENCH_CAPABILITIES: String(CATALOGUE) }, { connections: CONNECTIONS, seconds: SECONDS })
    const reads = path === 'memory' ? `catalogue in memory (Node; ${r.ready.rssMb} MB resident, loaded in ${(r.ready.timings.residentMs / 1000).toFixed(1)} s)` : 'database index (the Workers path)'
    const { first, again } = r.latency
    console.log(`| ${r.ready.description} | ${reads} | ${ms(first.p50)} / ${ms(first.p95)} | ${ms(again.p50)} / ${ms(again.p95)} / ${ms(again.p99)} | ${r.load.perSecond.toFixed(0)} (${ms(r.load.p99)}) | ${r.coldLoad.perSecond.toFixed(0)} (${ms(r.coldLoad.p99)}) | ${fmt(r.atScale.own!.ndcg10)} | ${fmt(r.atScale.second!.ndcg10)} | ${fmt(r.atScale.third!.ndcg10)} |`)
  }
}
console.log('\n## Batch matching — 500 needs × 5,000 capabilities, top 10 each (median of 3)\n')
for (const [, url] of databases) await batchSpeed(url)
