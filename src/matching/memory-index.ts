import { recallTokens } from './recall.ts'
import { rankCandidates, type CapabilityFacts, type NeedFacts, type Scored } from './score.ts'
import { analyseDoc, buildQuery, idf, type CorpusStats, type DocTerms, type TextDoc } from './text.ts'
import type { TermGroup } from './terms.ts'
import { RECALL } from './weights.ts'

export interface IndexedNeed {
  id: string
  doc: TextDoc
  facts: NeedFacts
}
export interface IndexedCapability {
  id: string
  doc: TextDoc
  facts: CapabilityFacts
}

/**
 * An in-memory index of capabilities: for batch matching (many needs at once against one
 * loaded catalogue), and for measuring quality. The same recall rule and scorer as the
 * database path, so both rank alike.
 */
export class CapabilityIndex {
  readonly stats: CorpusStats
  #items: IndexedCapability[]
  #terms: DocTerms[]
  #postings = new Map<string, number[]>()

  constructor(items: IndexedCapability[]) {
    this.#items = items
    this.#terms = items.map((item) => analyseDoc(item.doc))
    let total = 0
    this.#terms.forEach((terms, i) => {
      total += terms.length
      for (const token of terms.tf.keys()) {
        const list = this.#postings.get(token)
        if (list) list.push(i)
        else this.#postings.set(token, [i])
      }
    })
    const postings = this.#postings
    this.stats = { docs: items.length, avgLength: items.length ? total / items.length : 0, df: (t) => postings.get(t)?.length ?? 0 }
  }

  /** The best `limit` capabilities for a need, with scores and reasons. */
  match(need: IndexedNeed, groups: readonly TermGroup[], limit: number, exclude: ReadonlySet<string> = new Set()): (Scored & { id: string })[] {
    const query = buildQuery(need.doc, groups)
    const rough = new Map<number, number>()
    for (const token of recallTokens(query, this.stats)) {
      const w = query.weights.get(token)! * idf(this.stats, token)
      for (const i of this.#postings.get(token) ?? []) rough.set(i, (rough.get(i) ?? 0) + w)
    }
    const candidates = new Set([...rough].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RECALL.candidates).map(([i]) => i))
    // Vocabulary can miss entirely; a capability of the same chain and service type still competes.
    let structured = 0
    for (let i = 0; i < this.#items.length && structured < RECALL.structuredCandidates; i++) {
      const f = this.#items[i]!.facts
      if (!candidates.has(i) && f.industryChains.includes(need.facts.industryChain) && f.serviceTypes.includes(need.facts.needType)) {
        candidates.add(i)
        structured++
      }
    }
    const pool = [...candidates].filter((i) => !exclude.has(this.#items[i]!.id)).map((i) => ({ id: this.#items[i]!.id, i }))
    return rankCandidates(pool, limit, ({ i }) => ({
      query, asker: need.doc, candidate: this.#items[i]!.doc, candidateTerms: this.#terms[i], stats: this.stats, need: need.facts, capability: this.#items[i]!.facts,
    })).map(({ id, score, reasons }) => ({ id, score, reasons }))
  }
}
