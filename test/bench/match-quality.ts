import { DEFAULT_TERM_GROUPS } from '../../db/migrations/2026-11-23-02-default-terms.ts'
import { bandOf } from '../../src/matching/confidence.ts'
import { EXHAUSTIVE } from '../../src/matching/candidates.ts'
import { learnAssociations, type Association, type LabelledPair } from '../../src/matching/learning.ts'
import { CapabilityIndex } from '../../src/matching/memory-index.ts'
import { generateCapabilities, indexedCapability } from './synthetic.ts'
import { meanQuality, type Quality } from '../../src/matching/metrics.ts'
import { BANDS, FEEDBACK } from '../../src/matching/weights.ts'
import { OWN_SET, SECOND_SET, THIRD_SET, splitSet, untagged, type LabelledNeed, type LabelledSet } from '../fixtures/matching/index.ts'
import { plainBm25, trigramRanking } from './baselines.ts'
import { openBenchDb } from './bench-db.ts'

const fmt = (x: number) => x.toFixed(3)

type Ranker = (set: LabelledSet) => Promise<(need: LabelledNeed) => string[]>

/** Each configuration of our matcher, and the baselines, as the benchmark compares them. */
export const RANKERS: [string, Ranker][] = [
  ['Jinqiao: term list + structure (the default)', async (set) => { const index = new CapabilityIndex(set.capabilities); return (n) => index.match(n, DEFAULT_TERM_GROUPS, 10).map((m) => m.id) }],
  ['Jinqiao: no term list', async (set) => { const index = new CapabilityIndex(set.capabilities); return (n) => index.match(n, [], 10).map((m) => m.id) }],
  ['Jinqiao + pseudo-relevance feedback (not the default)', async (set) => { const index = new CapabilityIndex(set.capabilities); return (n) => index.match(n, DEFAULT_TERM_GROUPS, 10, { feedback: FEEDBACK }).map((m) => m.id) }],
  ['BM25, char unigrams + bigrams (baseline)', async (set) => { const bm25 = plainBm25(set.capabilities); return (n) => bm25(n, 10) }],
  ['pg_trgm similarity (baseline)', async (set) => {
    const bench = await openBenchDb()
    const trgm = await trigramRanking(bench.db, set.capabilities, set.needs, 10)
    await bench.drop()
    return (n) => trgm.rankings.get(n.id)!
  }],
]

const split = splitSet(OWN_SET)
const thirdSplit = splitSet(THIRD_SET)
const [secondUntagged, thirdUntagged] = [untagged(SECOND_SET), untagged(THIRD_SET)]
const COLUMNS: [string, LabelledSet, LabelledNeed[]][] = [
  ['own set, all', OWN_SET, OWN_SET.needs],
  ['own, tuning half', OWN_SET, split.tune],
  ['own, held-out half', OWN_SET, split.heldOut],
  ['second set (never tuned on)', SECOND_SET, SECOND_SET.needs],
  ['third set, tuning half', THIRD_SET, thirdSplit.tune],
  ['third, held-out half', THIRD_SET, thirdSplit.heldOut],
  ['second, capabilities untagged', secondUntagged, secondUntagged.needs],
  ['third, capabilities untagged', thirdUntagged, thirdUntagged.needs],
  ['third set, whole', THIRD_SET, THIRD_SET.needs],
]
/** The columns of whole sets, whose MRR and recall are printed too. */
const WHOLE = ['own set, all', 'second set (never tuned on)', 'third set, whole'].map((name) => COLUMNS.findIndex(([n]) => n === name))

/** Prints the quality table; returns the default configuration's NDCG@10 on each whole set. */
export async function printQuality(): Promise<{ own: number; second: number; third: number }> {
  const results: Quality[][] = []
  for (const [, ranker] of RANKERS) {
    const row: Quality[] = []
    for (const [, set, needs] of COLUMNS) {
      const rank = await ranker({ ...set, needs })
      row.push(meanQuality(needs.map((n) => ({ ranked: rank(n), grades: n.grades }))))
    }
    results.push(row)
  }
  const baseline = results[RANKERS.findIndex(([name]) => name.startsWith('BM25'))]!
  console.log(`\n## Ranking quality — NDCG@10 (× plain BM25)\n`)
  console.log(`Own set: ${OWN_SET.needs.length} needs × ${OWN_SET.capabilities.length} capabilities, split alternately by key into halves of ${split.tune.length} and ${split.heldOut.length}. Second set: ${SECOND_SET.needs.length} needs × ${SECOND_SET.capabilities.length} capabilities in ten other industries, never tuned on. Third set: ${THIRD_SET.needs.length} needs told as symptoms × ${THIRD_SET.capabilities.length} capabilities in ten more industries, a third of them untagged; levers were chosen on its tuning half and the own set's. "Capabilities untagged": the same sets with every capability's chain, service types and fields removed, so that only the text ranks.\n`)
  console.log(`| ranker | ${COLUMNS.map(([name]) => name).join(' | ')} |`)
  console.log(`| --- |${COLUMNS.map(() => ' --- |').join('')}`)
  RANKERS.forEach(([name], i) => console.log(`| ${name} | ${COLUMNS.map((_, j) => `${fmt(results[i]![j]!.ndcg10)} (${(results[i]![j]!.ndcg10 / baseline[j]!.ndcg10).toFixed(2)}×)`).join(' | ')} |`))
  console.log(`\nMRR / recall@10 on the whole sets:\n`)
  console.log('| ranker | own MRR | own recall@10 | second MRR | second recall@10 | third MRR | third recall@10 |\n| --- | --- | --- | --- | --- | --- | --- |')
  RANKERS.forEach(([name], i) => console.log(`| ${name} | ${WHOLE.map((j) => `${fmt(results[i]![j]!.mrr)} | ${fmt(results[i]![j]!.recall10)}`).join(' | ')} |`))
  const [own, second, third] = WHOLE.map((j) => results[0]![j]!.ndcg10)
  return { own: own!, second: second!, third: third! }
}

/** How often a suggestion in each band was judged relevant, on the three sets' top-10 lists. */
export function printCalibration(): void {
  console.log(`\n## Bands — how sure a suggestion is (strong ≥ ${BANDS.strong}, medium ≥ ${BANDS.medium})\n`)
  console.log('| band | own set: shown | judged ≥ 2 (strongly relevant) | judged ≥ 1 | second set: shown | judged ≥ 2 | judged ≥ 1 | third set: shown | judged ≥ 2 | judged ≥ 1 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const tally = (set: LabelledSet) => {
    const index = new CapabilityIndex(set.capabilities)
    return set.needs.flatMap((n) => index.match(n, DEFAULT_TERM_GROUPS, 10).map((m) => ({ band: bandOf(m.score), grade: n.grades[m.id] ?? 0 })))
  }
  const sets = [OWN_SET, SECOND_SET, THIRD_SET].map(tally)
  const cells = (xs: { band: string; grade: number }[], band: string) => {
    const shown = xs.filter((x) => x.band === band)
    const share = (g: number) => `${Math.round((100 * shown.filter((x) => x.grade >= g).length) / Math.max(1, shown.length))}%`
    return `${shown.length} | ${share(2)} | ${share(1)}`
  }
  for (const band of ['strong', 'medium', 'weak']) console.log(`| ${band} | ${sets.map((xs) => cells(xs, band)).join(' | ')} |`)
}

/** NDCG@10 of each set planted among `size` generated capabilities, every capability scored: no candidate search. */
export function exhaustiveAtScale(size: number): { own: number; second: number; third: number } {
  const generated = generateCapabilities(size).map((c, i) => indexedCapability(c, `generated-${i}`))
  // Both sets planted together, as the benchmark server plants them; their keys told apart by the set's name.
  const key = (set: LabelledSet, id: string) => `${set.name}:${id}`
  const index = new CapabilityIndex([...generated, ...[OWN_SET, SECOND_SET, THIRD_SET].flatMap((set) => set.capabilities.map((c) => ({ ...c, id: key(set, c.id) })))])
  const of = (set: LabelledSet) => meanQuality(set.needs.map((n) => ({
    ranked: index.match(n, DEFAULT_TERM_GROUPS, 10, { limits: EXHAUSTIVE }).map((m) => m.id),
    grades: Object.fromEntries(Object.entries(n.grades).map(([id, g]) => [key(set, id), g])),
  }))).ndcg10
  return { own: of(OWN_SET), second: of(SECOND_SET), third: of(THIRD_SET) }
}

/**
 * Learning from decisions, measured honestly: a coordinator's history is generated on one half
 * of a set (pairs judged ≥ 2 accepted, shown pairs judged 0 rejected), and the other half ranked
 * with and without what was learned from it.
 */
export function printLearning(): void {
  console.log('\n## Learning from decisions — learned on one half, measured on the other (NDCG@10)\n')
  console.log('| set | decisions in the history | associations learned | other half without | with what was learned |\n| --- | --- | --- | --- | --- |')
  for (const set of [OWN_SET, SECOND_SET, THIRD_SET]) {
    const index = new CapabilityIndex(set.capabilities)
    const byId = new Map(set.capabilities.map((c) => [c.id, c]))
    const { tune: learnOn, heldOut: measureOn } = splitSet(set)
    const history: LabelledPair[] = learnOn.flatMap((n) => {
      const shown = index.match(n, DEFAULT_TERM_GROUPS, 10).map((m) => m.id)
      return [...new Set([...shown, ...Object.keys(n.grades)])].flatMap((id) => {
        const grade = n.grades[id] ?? 0
        if (grade >= 2) return [{ need: n.doc, capability: byId.get(id)!.doc, weight: grade === 3 ? 1.5 : 1 }]
        return shown.includes(id) && grade === 0 ? [{ need: n.doc, capability: byId.get(id)!.doc, weight: -1 }] : []
      })
    })
    const learned = learnAssociations(history)
    const quality = (options: { learned?: Association[] }) => fmt(meanQuality(measureOn.map((n) => ({ ranked: index.match(n, DEFAULT_TERM_GROUPS, 10, options).map((m) => m.id), grades: n.grades }))).ndcg10)
    console.log(`| ${set.name} | ${history.length} | ${learned.length} | ${quality({})} | ${quality({ learned })} |`)
  }
}
