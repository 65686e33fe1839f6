// `npm run bench:match`: ranking quality on the labelled set against two baselines, then speed
// on generated catalogues through the real database. PGlite by default; set
// BENCH_DATABASE_URL=postgres://… to run on PostgreSQL. Prints its figures; asserts nothing.
import { DEFAULT_TERM_GROUPS } from '../../db/migrations/2026-11-23-02-default-terms.ts'
import { createApp } from '../../src/app.ts'
import { authenticate } from '../../src/auth/authenticate.ts'
import { provisionAdminToken } from '../../src/auth/provision-admin.ts'
import { createNeed } from '../../src/catalogue/create-need.ts'
import { createOrganization } from '../../src/catalogue/create-organization.ts'
import { CreateNeed } from '../../src/catalogue/needs.schemas.ts'
import { actionContext, type Deps } from '../../src/deps.ts'
import { batchMatches } from '../../src/matching/batch-matches.ts'
import { CapabilityIndex } from '../../src/matching/memory-index.ts'
import { meanQuality, type Quality } from '../../src/matching/metrics.ts'
import { sql } from 'kysely'
import { labelledCapabilities, labelledNeeds } from '../fixtures/matching/index.ts'
import { plainBm25, trigramRanking } from './baselines.ts'
import { bulkLoadCapabilities, bulkLoadNeeds, openBenchDb } from './bench-db.ts'
import { generateCapabilities, generateNeeds } from './synthetic.ts'

const CATALOGUE = Number(process.env.BENCH_CAPABILITIES ?? 100_000)
const TOKEN = 'bench-coordinator-token-000000000001'
const fmt = (x: number) => x.toFixed(3)
const ms = (x: number) => `${x.toFixed(1)} ms`
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function setUp(db: Deps['db']) {
  const deps: Deps = { db, now: () => new Date(), maxBodyBytes: 1 << 20, mailFrom: { name: '金桥', email: 'jinqiao@example.org' }, publicUrl: 'http://localhost:3000' }
  const ctx = actionContext(deps)
  await provisionAdminToken(ctx, TOKEN)
  const actor = (await authenticate(ctx, TOKEN))!
  const provider = await createOrganization({ ctx, actor, input: { kind: 'provider', providerType: 'university', name: '基准测试大学', county: '任城区', industryChains: [], description: '' } })
  const enterprise = await createOrganization({ ctx, actor, input: { kind: 'enterprise', name: '基准测试企业', county: '任城区', industryChains: [], description: '', providerType: null } })
  return { deps, ctx, actor, provider, enterprise }
}

async function quality() {
  const runs = (rank: (n: (typeof labelledNeeds)[number]) => string[]) => meanQuality(labelledNeeds.map((n) => ({ ranked: rank(n), grades: n.grades })))
  const index = new CapabilityIndex(labelledCapabilities)
  const bm25 = plainBm25(labelledCapabilities)
  const bench = await openBenchDb()
  const trgm = await trigramRanking(bench.db, labelledCapabilities, labelledNeeds, 10)
  await bench.drop()
  const rows: [string, Quality][] = [
    ['Jinqiao scorer (term list + structure)', runs((n) => index.match(n, DEFAULT_TERM_GROUPS, 10).map((m) => m.id))],
    ['Jinqiao scorer, no term list', runs((n) => index.match(n, [], 10).map((m) => m.id))],
    ['BM25, char unigrams+bigrams (baseline)', runs((n) => bm25(n, 10))],
    ['pg_trgm similarity (baseline)', runs((n) => trgm.rankings.get(n.id)!)],
  ]
  console.log(`\n## Ranking quality — labelled set: ${labelledNeeds.length} needs × ${labelledCapabilities.length} capabilities\n`)
  console.log('| ranker | NDCG@10 | MRR | recall@10 |\n| --- | --- | --- | --- |')
  for (const [name, q] of rows) console.log(`| ${name} | ${fmt(q.ndcg10)} | ${fmt(q.mrr)} | ${fmt(q.recall10)} |`)
  console.log(`\n(pg_trgm on ${bench.description}, collation ${trgm.collation}: '布面疵点靠人眼挑' has ${trgm.chineseTrigrams} trigrams)`)
}

async function speed() {
  const bench = await openBenchDb()
  const { deps, ctx, actor, provider, enterprise } = await setUp(bench.db)
  console.log(`\n## Speed — ${bench.description}, ${CATALOGUE.toLocaleString('en')} generated capabilities\n`)
  await sql`drop index capabilities_search_idx`.execute(bench.db)
  const timings = await bulkLoadCapabilities(bench.db, provider.id, actor.personId, generateCapabilities(CATALOGUE))
  let t = performance.now()
  await sql`create index capabilities_search_idx on capabilities using gin (search_vector)`.execute(bench.db)
  await sql`analyze capabilities`.execute(bench.db)
  const ginMs = performance.now() - t
  console.log(`- load (insert rows): ${ms(timings.loadMs)}`)
  console.log(`- index build: ${ms(timings.vectorsMs + ginMs + timings.statsMs)} (search vectors ${ms(timings.vectorsMs)}, GIN index ${ms(ginMs)}, term statistics ${ms(timings.statsMs)})`)

  const needIds: string[] = []
  for (const n of generateNeeds(100)) {
    const input = CreateNeed.parse({ organizationId: enterprise.id, ...n, status: 'published' })
    needIds.push((await createNeed({ ctx, actor, input })).id)
  }
  const app = createApp(deps)
  const ask = async (id: string) => {
    const res = await app.request(`/api/v1/needs/${id}/matches?limit=10`, { headers: { authorization: `Bearer ${TOKEN}` } })
    if (res.status !== 200) throw new Error(`matches answered ${res.status}`)
    await res.json()
  }
  for (const id of needIds) await ask(id) // warm-up
  const samples: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const id of needIds) {
      t = performance.now()
      await ask(id)
      samples.push(performance.now() - t)
    }
  }
  samples.sort((a, b) => a - b)
  console.log(`- one need's top-10 over HTTP (${samples.length} requests, ${needIds.length} needs): p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, p99 ${ms(percentile(samples, 99))}`)
  await bench.drop()

  const small = await openBenchDb()
  const s = await setUp(small.db)
  await bulkLoadCapabilities(small.db, s.provider.id, s.actor.personId, generateCapabilities(5000, 7))
  const ids = await bulkLoadNeeds(small.db, s.enterprise.id, s.actor.personId, generateNeeds(500, 9))
  const times: number[] = []
  let considered = 0
  for (let i = 0; i < 3; i++) {
    t = performance.now()
    const result = await batchMatches({ ctx: s.ctx, actor: s.actor, input: { needIds: ids, limit: 10 } })
    times.push(performance.now() - t)
    considered = result.capabilitiesConsidered
    if (result.items.length !== 500) throw new Error(`batch ranked ${result.items.length} needs`)
  }
  times.sort((a, b) => a - b)
  console.log(`- batch: 500 needs × ${considered.toLocaleString('en')} capabilities, top-10 each, read from the database: median ${ms(times[1]!)} of 3 runs`)
  await small.drop()
}

await quality()
await speed()
