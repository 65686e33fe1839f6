// `npm run bench:search`: the in-memory candidate search and ranking alone — no HTTP, no SQL —
// at 100,000 generated capabilities with the labelled sets planted among them, as an
// enterprise's staff ask: the time per need of the first cut (search and first scoring) and of
// ranking it, and the quality at that size. Prints its figures; asserts nothing.
import { DEFAULT_TERM_GROUPS } from '../../db/migrations/2026-11-23-02-default-terms.ts'
import type { Actor } from '../../src/auth/actor.ts'
import { CapabilityIndex } from '../../src/matching/memory-index.ts'
import { meanQuality } from '../../src/matching/metrics.ts'
import { suggesting } from '../../src/matching/rank-capabilities.ts'
import { buildQuery } from '../../src/matching/text.ts'
import { labelledSets } from './labelled-sets.ts'
import { percentile } from './load.ts'
import { generateCapabilities, generateNeeds, indexedCapability } from './synthetic.ts'

const size = Number(process.env.BENCH_CAPABILITIES ?? 100_000)
const rounds = 3
const index = new CapabilityIndex()
// A seventh of the providers keep their capabilities confidential: the search must skip them.
const listing = (i: number) => ({ status: 'published' as const, visibility: i % 7 === 0 ? 'confidential' as const : 'public' as const, organizationId: `provider-${i % 50}` })
generateCapabilities(size).forEach((c, i) => index.upsert(indexedCapability(c, `generated-${i}`), listing(i)))
for (const set of labelledSets) for (const c of set.capabilities) index.upsert({ ...c, id: `${set.name}:${c.id}` }, listing(1))

const actor: Actor = { role: 'enterprise', personId: 'bench', organizationId: 'enterprise-1' }
const asker = suggesting(actor)
const needs = generateNeeds(500, 11).map((n, i) => ({
  id: `need-${i}`, doc: { title: n.title, description: n.description, keywords: n.keywords, fields: [] },
  facts: { industryChain: n.industryChain, needType: n.needType, cooperationModes: [], county: n.county, fields: [] },
}))
const cuts: number[] = []
const ranks: number[] = []
// The first round warms the code up; the others are measured.
for (let round = 0; round <= rounds; round++) {
  for (const need of needs) {
    const query = buildQuery(need.doc, DEFAULT_TERM_GROUPS)
    const t0 = performance.now()
    const first = index.firstCut(query, need, 10, asker)
    const t1 = performance.now()
    index.rank(query, need, first, 10, (id) => index.item(id)!.facts)
    const t2 = performance.now()
    if (round > 0) { cuts.push(t1 - t0); ranks.push(t2 - t1) }
  }
}
const line = (name: string, xs: number[]) => {
  xs.sort((a, b) => a - b)
  return `| ${name} | ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} ms | ${percentile(xs, 50).toFixed(2)} ms | ${percentile(xs, 95).toFixed(2)} ms |`
}
console.log(`## The in-memory search alone — ${size.toLocaleString('en')} capabilities, ${needs.length} needs × ${rounds}, as an enterprise's staff ask\n`)
console.log('| step | mean | p50 | p95 |\n| --- | --- | --- | --- |')
console.log(line('first cut (search, then the first scoring)', cuts))
console.log(line('ranking and explaining the cut', ranks))
const quality = labelledSets.map((set) => `${set.name} ${meanQuality(set.needs.map((n) => ({
  ranked: index.rank(buildQuery(n.doc, DEFAULT_TERM_GROUPS), n, index.firstCut(buildQuery(n.doc, DEFAULT_TERM_GROUPS), n, 10, asker), 10, (id) => index.item(id)!.facts).map((m) => m.id),
  grades: Object.fromEntries(Object.entries(n.grades).map(([id, g]) => [`${set.name}:${id}`, g])),
}))).ndcg10.toFixed(3)}`)
console.log(`\nNDCG@10 at this size, through the same search: ${quality.join(', ')}.`)
