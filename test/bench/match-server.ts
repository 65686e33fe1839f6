// The server `npm run bench:match` measures, in a process of its own so that the load it is
// put under does not share its thread: a generated catalogue with the labelled set planted in
// it, served over HTTP. Prints one JSON line (port, token, need ids) when ready.
import { serve } from '@hono/node-server'
import { sql } from 'kysely'
import { createApp } from '../../src/app.ts'
import { warmUp } from '../../src/node.ts'
import { authenticate } from '../../src/auth/authenticate.ts'
import { provisionAdminToken } from '../../src/auth/provision-admin.ts'
import { createNeed } from '../../src/catalogue/create-need.ts'
import { createOrganization } from '../../src/catalogue/create-organization.ts'
import { addTerm, listTerms } from '../../src/catalogue/places-and-chains.ts'
import { CreateNeed } from '../../src/catalogue/needs.schemas.ts'
import { actionContext, type Deps } from '../../src/deps.ts'
import { ResidentCatalogue } from '../../src/matching/resident-catalogue.ts'
import { bulkLoadCapabilities, bulkLoadNeeds, openBenchDb } from './bench-db.ts'
import { labelledSets } from './labelled-sets.ts'
import { generateCapabilities, generateNeeds } from './synthetic.ts'

export const BENCH_TOKEN = 'bench-coordinator-token-000000000001'
const size = Number(process.env.BENCH_CAPABILITIES ?? 100_000)
const inMemory = process.env.BENCH_PATH !== 'database'

const bench = await openBenchDb()
const deps: Deps = {
  db: bench.db, now: () => new Date(), maxBodyBytes: 1 << 20, mailFrom: { name: '金桥', email: 'jinqiao@example.org' }, publicUrl: 'http://localhost:3000',
  ...(inMemory ? { catalogue: new ResidentCatalogue() } : {}),
}
const ctx = actionContext(deps)
await provisionAdminToken(ctx, BENCH_TOKEN)
const actor = (await authenticate(ctx, BENCH_TOKEN))!
const organization = (kind: 'provider' | 'enterprise', name: string) =>
  createOrganization({ ctx, actor, input: { kind, providerType: kind === 'provider' ? 'university' : null, name, county: '任城区', industryChains: [], description: '' } })
// The second set's industries and counties are not among the defaults.
const known = new Set([...(await listTerms(ctx)).industryChains])
const knownCounties = new Set([...(await listTerms(ctx)).counties])
for (const set of labelledSets) {
  for (const chain of new Set([...set.needs.map((n) => n.facts.industryChain), ...set.capabilities.flatMap((c) => c.facts.industryChains)])) {
    if (!known.has(chain)) { await addTerm({ ctx, actor, kind: 'industry_chain', name: chain }); known.add(chain) }
  }
  for (const county of new Set(set.needs.map((n) => n.facts.county))) {
    if (!knownCounties.has(county)) { await addTerm({ ctx, actor, kind: 'county', name: county }); knownCounties.add(county) }
  }
}
const provider = await organization('provider', '基准测试大学')
const enterprise = await organization('enterprise', '基准测试企业')

await sql`drop index capabilities_search_idx`.execute(bench.db)
let t = performance.now()
const generated = await bulkLoadCapabilities(bench.db, provider.id, actor.personId, generateCapabilities(size))
// The labelled sets planted among the generated records: quality at this size.
const planted: Record<string, { needs: Record<string, string>; capabilities: Record<string, string> }> = {}
for (const set of labelledSets) {
  const loaded = await bulkLoadCapabilities(bench.db, provider.id, actor.personId, set.capabilities.map((c) => ({
    title: c.doc.title, description: c.doc.description, keywords: [...c.doc.keywords], fields: [...c.doc.fields], industryChains: [...c.facts.industryChains], serviceTypes: [...c.facts.serviceTypes], regionsServed: [],
  })))
  const capabilities = Object.fromEntries(loaded.ids.map((id, i) => [id, set.capabilities[i]!.id]))
  const needs: Record<string, string> = {}
  for (const n of set.needs) {
    const input = CreateNeed.parse({ organizationId: enterprise.id, title: n.doc.title, description: n.doc.description, keywords: n.doc.keywords, fields: n.doc.fields, industryChain: n.facts.industryChain, needType: n.facts.needType, county: n.facts.county, status: 'published' })
    needs[n.id] = (await createNeed({ ctx, actor, input })).id
  }
  planted[set.name] = { needs, capabilities }
}
const loadMs = performance.now() - t
t = performance.now()
await sql`create index capabilities_search_idx on capabilities using gin (search_vector)`.execute(bench.db)
await sql`analyze capabilities`.execute(bench.db)
const ginMs = performance.now() - t
const needIds: string[] = []
for (const n of generateNeeds(100)) needIds.push((await createNeed({ ctx, actor, input: CreateNeed.parse({ organizationId: enterprise.id, ...n, status: 'published' }) })).id)
// Needs asked once each under load: no first cut of theirs to reuse.
const coldNeedIds = await bulkLoadNeeds(bench.db, enterprise.id, actor.personId, generateNeeds(Number(process.env.BENCH_COLD_NEEDS ?? 3000), 11))
t = performance.now()
await deps.catalogue?.current(bench.db)
const residentMs = performance.now() - t
const memory = process.memoryUsage()
// As `npm start` does before it listens.
const app = createApp(deps)
await warmUp(app, deps)

const server = serve({ fetch: app.fetch, port: 0 }, (info) => {
  console.log(JSON.stringify({
    port: info.port, token: BENCH_TOKEN, description: bench.description, needIds, coldNeedIds, planted,
    timings: { loadMs, vectorsMs: generated.vectorsMs, ginMs, residentMs }, rssMb: Math.round(memory.rss / 1e6),
  }))
})
process.once('SIGTERM', () => { server.close(); void bench.drop().finally(() => process.exit(0)) })
