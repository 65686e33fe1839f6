import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { recallCandidates, type RecallLimits } from './candidates.ts'
import { FEEDBACK, RECALL } from './weights.ts'
import { withFeedback } from './feedback.ts'
import { withLearned, type Association } from './learning.ts'
import { firstCut, rankCandidates, type PairInput, type CapabilityFacts, type NeedFacts, type Scored } from './score.ts'
import { analyseDoc, buildQuery, relevanceOf, weightedQuery, type CorpusStats, type DocTerms, type Query, type TextDoc } from './text.ts'
import type { TermGroup } from './terms.ts'
import { Postings } from './postings.ts'

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

/** Who may be shown a capability: what the access rule reads, kept beside its text. */
export type Listing = Pick<CapabilityRow, 'status' | 'visibility' | 'organizationId'>

export interface MatchOptions {
  exclude?: ReadonlySet<string>
  limits?: RecallLimits
  feedback?: typeof FEEDBACK
  learned?: readonly Association[]
}

/** Who asks: a key that is the same for everyone who may be suggested the same (see `askerKey`), and that rule. */
export interface Asker {
  key: string
  admits: (listing: Listing) => boolean
}

/** How many askers' admissions are remembered (100 kB each at 100,000 capabilities). */
const ADMISSIONS_KEPT = 256

const ALWAYS_LISTED: Listing = { status: 'published', visibility: 'public', organizationId: '' }

/**
 * The capabilities in memory, for matching: an inverted index of their tokens (field-weighted
 * frequencies), their facts and their text. Records can be added and replaced one at a time, so
 * the index can follow the catalogue. The statistics are those of every record in it, as the
 * database's are. Pure: no SQL, no HTTP.
 */
export class CapabilityIndex {
  #postings = new Postings()
  #version = 0
  #ids: string[] = []
  #slotOf = new Map<string, number>()
  #docs: TextDoc[] = []
  #facts: CapabilityFacts[] = []
  #listings: Listing[] = []
  #byArea = new Map<string, number[]>()
  #areaKeys: string[][] = []
  // Per asker, per slot: 0 not asked yet, 1 admitted, 2 not. Reading each candidate's listing
  // afresh (a cache miss or more apiece) cost as much as the rest of the search; cleared with
  // every change to the index, so a listing that changes is asked about again.
  #admissions = new Map<string, Uint8Array>()

  constructor(items: readonly IndexedCapability[] = []) {
    for (const item of items) this.upsert(item)
  }

  /** Moves with every change to the index. */
  get version(): number {
    return this.#version
  }

  get size(): number {
    return this.#postings.liveDocs
  }

  get stats(): CorpusStats {
    return this.#postings.stats
  }

  /** Adds a capability or replaces its earlier version. */
  upsert(item: IndexedCapability, listing: Listing = ALWAYS_LISTED): void {
    this.#version++
    this.#admissions.clear()
    const old = this.#slotOf.get(item.id)
    if (old !== undefined) {
      this.#postings.remove(old)
      for (const key of this.#areaKeys[old] ?? []) this.#byArea.set(key, this.#byArea.get(key)!.filter((s) => s !== old))
    }
    const slot = this.#postings.add(analyseDoc(item.doc))
    this.#ids[slot] = item.id
    this.#docs[slot] = item.doc
    this.#facts[slot] = item.facts
    this.#listings[slot] = listing
    this.#slotOf.set(item.id, slot)
    const keys = item.facts.industryChains.flatMap((chain) => item.facts.serviceTypes.map((type) => areaKey(chain, type)))
    this.#areaKeys[slot] = keys
    for (const key of keys) {
      const list = this.#byArea.get(key)
      if (list) list.push(slot)
      else this.#byArea.set(key, [slot])
    }
    if (this.#postings.deadShare > 0.25) this.#compact()
  }

  /** A capability's text, facts and listing as the index holds them. */
  item(id: string): (IndexedCapability & { listing: Listing }) | undefined {
    const slot = this.#slotOf.get(id)
    return slot === undefined ? undefined : { id, doc: this.#docs[slot]!, facts: this.#facts[slot]!, listing: this.#listings[slot]! }
  }

  /** Up to `count` capabilities spread evenly over the index. */
  sample(count: number): IndexedCapability[] {
    const slots = [...this.#slotOf.values()]
    const step = Math.max(1, slots.length / count)
    const picked: IndexedCapability[] = []
    for (let i = 0; i < slots.length && picked.length < count; i += step) {
      const slot = slots[Math.floor(i)]!
      picked.push({ id: this.#ids[slot]!, doc: this.#docs[slot]!, facts: this.#facts[slot]! })
    }
    return picked
  }

  /** How many capabilities the predicate admits. */
  count(admit: (listing: Listing) => boolean): number {
    let n = 0
    for (const slot of this.#slotOf.values()) if (admit(this.#listings[slot]!)) n++
    return n
  }

  /** These capabilities ranked and explained, with the facts given (their track records known by now). */
  rank(query: Query, need: IndexedNeed, ids: readonly string[], limit: number, factsOf: (id: string) => CapabilityFacts): (Scored & { id: string })[] {
    const pool = ids.filter((id) => this.#slotOf.has(id)).map((id) => ({ id, slot: this.#slotOf.get(id)! }))
    const terms = this.#termsFor(query)
    return rankCandidates(pool, limit, ({ id, slot }) => ({ ...this.#pair(query, need, slot, terms), capability: factsOf(id) })).map(({ id, score, reasons }) => ({ id, score, reasons }))
  }

  /**
   * The best capabilities for a need among those `eligible` admits, by the full score without
   * track records: the `limit` best and those the records could still lift among them.
   */
  firstCut(query: Query, need: IndexedNeed, limit: number, asker: Asker, exclude: ReadonlySet<string> = new Set(), limits: RecallLimits = RECALL): string[] {
    const admitted = this.#admittedTo(asker)
    const eligible = exclude.size === 0 ? admitted : (slot: number) => admitted(slot) && !exclude.has(this.#ids[slot]!)
    return this.#cut(query, need, limit, eligible, limits).map((r) => r.id)
  }

  #admittedTo(asker: Asker): (slot: number) => boolean {
    let known = this.#admissions.get(asker.key)
    if (!known) {
      if (this.#admissions.size >= ADMISSIONS_KEPT) this.#admissions.delete(this.#admissions.keys().next().value!)
      known = new Uint8Array(this.#ids.length)
      this.#admissions.set(asker.key, known)
    }
    const answers = known
    return (slot) => {
      const answer = answers[slot]
      if (answer === 1) return true
      if (answer === 2) return false
      const yes = asker.admits(this.#listings[slot]!)
      if (slot < answers.length) answers[slot] = yes ? 1 : 2
      return yes
    }
  }

  /**
   * The best `limit` capabilities for a need, with scores and reasons. Options: capabilities to
   * leave out; `limits` EXHAUSTIVE to score every candidate there is; pseudo-relevance feedback;
   * associations learned from decisions.
   */
  match(need: IndexedNeed, groups: readonly TermGroup[], limit: number, options: MatchOptions = {}): (Scored & { id: string })[] {
    const { exclude = new Set<string>(), limits = RECALL, feedback, learned } = options
    let query = buildQuery(need.doc, groups)
    if (learned) query = withLearned(query, learned)
    if (feedback) {
      const first = this.match(need, groups, feedback.documents, { exclude, limits, ...(learned ? { learned } : {}) })
      query = withFeedback(query, first.map((m) => this.#postings.allTermsOf(this.#slotOf.get(m.id)!)), this.stats, feedback)
    }
    const cut = this.#cut(query, need, limit, (slot) => !exclude.has(this.#ids[slot]!), limits)
    const terms = this.#termsFor(query)
    return rankCandidates(cut, limit, ({ slot }) => this.#pair(query, need, slot, terms)).map(({ id, score, reasons }) => ({ id, score, reasons }))
  }

  /** The candidates, then the first cut of them, scored with the text score the search already worked out in full. */
  #cut(query: Query, need: IndexedNeed, limit: number, eligible: (slot: number) => boolean, limits: RecallLimits) {
    const found = recallCandidates(this.#postings, query, this.#byArea.get(areaKey(need.facts.industryChain, need.facts.needType)) ?? [], eligible, limits)
    const { ideal } = weightedQuery(query, this.stats)
    const pool = [...found].map(([slot, raw]) => ({ id: this.#ids[slot]!, slot, raw }))
    const terms = this.#termsFor(query)
    return firstCut(pool, limit, ({ slot, raw }) => (raw === undefined ? this.#pair(query, need, slot, terms) : { ...this.#pair(query, need, slot), textValue: relevanceOf(raw, ideal) }))
  }

  /** A document's frequencies of the query's tokens, the lists looked up once and each document read once (a pair is scored, then explained). */
  #termsFor(query: Query): (slot: number) => DocTerms {
    const lists = this.#postings.listsOf(query.weights.keys())
    const read = new Map<number, DocTerms>()
    return (slot) => {
      let terms = read.get(slot)
      if (!terms) read.set(slot, (terms = this.#postings.termsIn(slot, lists)))
      return terms
    }
  }

  /** The pair to score; with `terms`, the candidate's frequencies from the index, for a text score worked out here. */
  #pair(query: Query, need: IndexedNeed, slot: number, terms?: (slot: number) => DocTerms): PairInput {
    return {
      query, asker: need.doc, candidate: this.#docs[slot]!, ...(terms ? { candidateTerms: terms(slot) } : {}),
      stats: this.stats, need: need.facts, capability: this.#facts[slot]!,
    }
  }

  /** Rebuilds without the replaced versions, once they make up a quarter of the postings. */
  #compact(): void {
    const items = [...this.#slotOf.values()].sort((a, b) => a - b).map((slot) => ({ item: { id: this.#ids[slot]!, doc: this.#docs[slot]!, facts: this.#facts[slot]! }, listing: this.#listings[slot]! }))
    const fresh = new CapabilityIndex()
    for (const { item, listing } of items) fresh.upsert(item, listing)
    this.#postings = fresh.#postings
    this.#ids = fresh.#ids
    this.#slotOf = fresh.#slotOf
    this.#docs = fresh.#docs
    this.#facts = fresh.#facts
    this.#listings = fresh.#listings
    this.#byArea = fresh.#byArea
    this.#areaKeys = fresh.#areaKeys
  }
}

const areaKey = (chain: string, type: string) => `${chain}\u0000${type}`
