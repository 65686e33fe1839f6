import type { Postings } from './postings.ts'
import { idf, lengthNorm, TEXT_K1, type Query } from './text.ts'
import { RECALL } from './weights.ts'

/**
 * Candidate generation over the in-memory postings, term at a time. The most telling tokens
 * (weight × IDF) are read in full until `RECALL.fullPostings` postings have been read; the
 * commoner rest only add to the best `RECALL.pool` documents found so far, since a document that
 * holds nothing but common tokens cannot reach the top; the commonest do not take part at all. To them are added a few of the need's
 * own chain and service type, in case the words miss entirely.
 */
export function recallCandidates(postings: Postings, query: Query, sameArea: readonly number[], eligible: (slot: number) => boolean): number[] {
  const stats = postings.stats
  const norms = postings.norms((length) => lengthNorm(length, stats))
  const scores = new Float64Array(postings.slotCount)
  const touched: number[] = []
  const tokens = [...query.weights]
    .map(([token, weight]) => ({ list: postings.list(token), w: weight * idf(stats, token) }))
    .filter((t) => t.list && t.list.n > 0)
    .sort((a, b) => b.w - a.w)
  let read = 0
  let i = 0
  for (; i < tokens.length && (read === 0 || read + tokens[i]!.list!.n <= RECALL.fullPostings); i++) {
    const { list, w } = tokens[i]!
    const { slots, tfs, n } = list!
    for (let j = 0; j < n; j++) {
      const slot = slots[j]!
      if (scores[slot] === 0) touched.push(slot)
      const x = tfs[j]! / norms[slot]!
      scores[slot] = scores[slot]! + (w * x * (TEXT_K1 + 1)) / (x + TEXT_K1)
    }
    read += n
  }
  let pool = topByScore(touched, scores, i < tokens.length ? RECALL.pool : RECALL.candidates, (slot) => postings.isLive(slot) && eligible(slot))
  if (i < tokens.length) {
    const inPool = new Uint8Array(postings.slotCount)
    for (const slot of pool) inPool[slot] = 1
    for (; i < tokens.length; i++) {
      const { list, w } = tokens[i]!
      const { slots, tfs, n } = list!
      // A token in a tenth of the catalogue or more barely moves the order; the scorer counts it.
      if (n > postings.slotCount * RECALL.commonShare) continue
      for (let j = 0; j < n; j++) {
        const slot = slots[j]!
        if (inPool[slot] === 0) continue
        const x = tfs[j]! / norms[slot]!
        scores[slot] = scores[slot]! + (w * x * (TEXT_K1 + 1)) / (x + TEXT_K1)
      }
    }
    pool = topByScore(pool, scores, RECALL.candidates, () => true)
  }
  const chosen = new Set(pool)
  let added = 0
  for (const slot of sameArea) {
    if (added >= RECALL.structuredCandidates) break
    if (!chosen.has(slot) && postings.isLive(slot) && eligible(slot)) {
      chosen.add(slot)
      added++
    }
  }
  return [...chosen]
}

/** The `k` slots of highest score (ties by slot), through a bounded min-heap. */
function topByScore(slots: readonly number[], scores: Float64Array, k: number, keep: (slot: number) => boolean): number[] {
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
