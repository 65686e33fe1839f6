import type { Postings } from './postings.ts'
import { idf, lengthNorm, termScore, type Query } from './text.ts'
import { byRecallOrder } from './recall.ts'
import { RECALL } from './weights.ts'

/** How far the in-memory candidate search reaches (`RECALL` in weights.ts by default). */
export interface RecallLimits {
  fullPostings: number
  pool: number
  candidates: number
  structuredCandidates: number
  commonShare: number
}

/** No limit at all: every document sharing a token, and every one of the same chain and type. For measuring what the limits cost. */
export const EXHAUSTIVE: RecallLimits = { fullPostings: Infinity, pool: Infinity, candidates: Infinity, structuredCandidates: Infinity, commonShare: Infinity }

/**
 * Candidate generation over the in-memory postings, term at a time, in recall order (words and
 * pairs of characters before single ones, the most telling first). Tokens are read in full until
 * `limits.fullPostings` postings have been read; the rest only add to the best `limits.pool`
 * documents found so far, since a document that holds nothing but common tokens cannot reach the
 * top; the commonest are looked up for the chosen alone. To them are added a few of the need's
 * own chain and service type, in case the words miss. Returns each candidate's raw BM25F score
 * where it is known in full.
 */
export function recallCandidates(postings: Postings, query: Query, sameArea: readonly number[], eligible: (slot: number) => boolean, limits: RecallLimits = RECALL): Map<number, number | undefined> {
  const stats = postings.stats
  const norms = postings.norms((length) => lengthNorm(length, stats))
  const scores = new Float64Array(postings.slotCount)
  const touched: number[] = []
  const tokens = [...query.weights]
    .map(([token, weight]) => ({ token, list: postings.list(token), value: weight * idf(stats, token) }))
    .filter((t) => t.list && t.list.n > 0)
    .sort(byRecallOrder)
  let read = 0
  let i = 0
  const skipped: typeof tokens = []
  for (; i < tokens.length && (read === 0 || read + tokens[i]!.list!.n <= limits.fullPostings); i++) {
    const { list, value: w } = tokens[i]!
    const { slots, tfs, n } = list!
    for (let j = 0; j < n; j++) {
      const slot = slots[j]!
      if (scores[slot] === 0) touched.push(slot)
      scores[slot] = scores[slot]! + termScore(w, tfs[j]!, norms[slot]!)
    }
    read += n
  }
  let pool = topByScore(touched, scores, i < tokens.length ? limits.pool : limits.candidates, (slot) => postings.isLive(slot) && eligible(slot))
  if (i < tokens.length) {
    const inPool = new Uint8Array(postings.slotCount)
    for (const slot of pool) inPool[slot] = 1
    for (; i < tokens.length; i++) {
      const { list, value: w } = tokens[i]!
      const { slots, tfs, n } = list!
      // A token in a tenth of the catalogue or more barely moves the order: added below for the chosen only.
      if (n > postings.slotCount * limits.commonShare) {
        skipped.push(tokens[i]!)
        continue
      }
      for (let j = 0; j < n; j++) {
        const slot = slots[j]!
        if (inPool[slot] !== 0) scores[slot] = scores[slot]! + termScore(w, tfs[j]!, norms[slot]!)
      }
    }
    pool = topByScore(pool, scores, limits.candidates, () => true)
  }
  // Each chosen document's full BM25F score: the skipped common tokens looked up for it alone.
  const chosen = new Map<number, number | undefined>()
  for (const slot of pool) {
    let score = scores[slot]!
    for (const { list, value: w } of skipped) {
      const tf = list!.tfAt(slot)
      if (tf > 0) score += termScore(w, tf, norms[slot]!)
    }
    chosen.set(slot, score)
  }
  // Same chain and type, words or not; their text score is left to the scorer.
  let added = 0
  for (const slot of sameArea) {
    if (added >= limits.structuredCandidates) break
    if (!chosen.has(slot) && postings.isLive(slot) && eligible(slot)) {
      chosen.set(slot, undefined)
      added++
    }
  }
  return chosen
}

/** The `k` slots of highest score (ties by slot), through a bounded min-heap. */
function topByScore(slots: readonly number[], scores: Float64Array, k: number, keep: (slot: number) => boolean): number[] {
  if (!Number.isFinite(k)) return slots.filter(keep).sort((a, b) => scores[b]! - scores[a]! || a - b)
  const heap: number[] = []
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b)
  const swap = (i: number, j: number) => { const x = heap[i]!; heap[i] = heap[j]!; heap[j] = x }
  for (const slot of slots) {
    if (heap.length === k && !worse(heap[0]!, slot)) continue
    if (!keep(slot)) continue
    if (heap.length < k) {
      heap.push(slot)
      for (let c = heap.length - 1; c > 0;) {
        const p = (c - 1) >> 1
        if (!worse(heap[c]!, heap[p]!)) break
        swap(c, p)
        c = p
      }
      continue
    }
    heap[0] = slot
    for (let c = 0; ;) {
      const l = 2 * c + 1
      let m = c
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
      if (l + 1 < heap.length && worse(heap[l + 1]!, heap[m]!)) m = l + 1
      if (m === c) break
      swap(c, m)
      c = m
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b)
}
