import type { List, Postings } from './postings.ts'
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
  const { scores, touched } = searchBuffers(postings.slotCount)
  const tokens = [...query.weights]
    .map(([token, weight]) => ({ token, list: postings.list(token), value: weight * idf(stats, token) }))
    .filter((t) => t.list && t.list.n > 0)
    .sort(byRecallOrder)
  let read = 0
  let i = 0
  const skipped: typeof tokens = []
  let touchedCount = 0
  for (; i < tokens.length && (read === 0 || read + tokens[i]!.list!.n <= limits.fullPostings); i++) {
    const { list, value: w } = tokens[i]!
    const { slots, tfs, n } = list!
    for (let j = 0; j < n; j++) {
      const slot = slots[j]!
      // Still 0: touched for the first time (a term score is never 0, IDF and frequency being > 0).
      if (scores[slot] === 0) touched[touchedCount++] = slot
      scores[slot] = scores[slot]! + termScore(w, tfs[j]!, norms[slot]!)
    }
    read += n
  }
  // Only these slots hold a score; the next search clears them (later steps score them alone).
  buffers.dirty = touchedCount
  let pool = bestOf(touched.subarray(0, touchedCount), scores, i < tokens.length ? limits.pool : limits.candidates, (slot) => postings.isLive(slot) && eligible(slot))
  if (i < tokens.length) {
    // The pool in slot order, walked alongside each list (both ascending): a leap through the
    // list to the next pooled slot, so a long list costs the pool's size, not its own length.
    const pooled = Int32Array.from(pool).sort()
    for (; i < tokens.length; i++) {
      const { list, value: w } = tokens[i]!
      // A token in a tenth of the catalogue or more barely moves the order: added below for the chosen only.
      if (list!.n > postings.slotCount * limits.commonShare) {
        skipped.push(tokens[i]!)
        continue
      }
      addAlong(list!, w, pooled, scores, norms)
    }
    pool = topByScore(pool, scores, limits.candidates, () => true)
  }
  // Each chosen document's full BM25F score: the skipped common tokens looked up for it alone.
  if (skipped.length > 0) {
    const chosenInOrder = Int32Array.from(pool).sort()
    for (const { list, value: w } of skipped) addAlong(list!, w, chosenInOrder, scores, norms)
  }
  const chosen = new Map<number, number | undefined>()
  for (const slot of pool) chosen.set(slot, scores[slot]!)
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

/** Adds the token's score to each of the (ascending) slots that holds it. */
function addAlong(list: Readonly<List>, w: number, pooled: Int32Array, scores: Float64Array, norms: Float64Array): void {
  const { slots, tfs, n } = list
  let at = 0
  for (let p = 0; p < pooled.length && at < n; p++) {
    const slot = pooled[p]!
    if (slots[at]! < slot) {
      // Gallop: double the step until past the slot, then halve back to its first place.
      let step = 1
      while (at + step < n && slots[at + step]! < slot) step *= 2
      let lo = at + (step >> 1)
      let hi = Math.min(at + step, n)
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (slots[mid]! < slot) lo = mid + 1
        else hi = mid
      }
      at = lo
    }
    if (at < n && slots[at] === slot) scores[slot] = scores[slot]! + termScore(w, tfs[at]!, norms[slot]!)
  }
}

// A score per slot and the slots touched, kept between searches: allocating and zeroing them, and
// growing a plain array of the touched, cost more than the scoring itself.
const buffers = { scores: new Float64Array(0), touched: new Int32Array(0), dirty: 0 }
/** The search's buffers, grown with the catalogue, all scores 0: what the last search touched is cleared first. */
function searchBuffers(size: number) {
  if (buffers.scores.length < size) {
    const length = Math.max(size, buffers.scores.length * 2)
    Object.assign(buffers, { scores: new Float64Array(length), touched: new Int32Array(length), dirty: 0 })
  }
  for (let t = 0; t < buffers.dirty; t++) buffers.scores[buffers.touched[t]!] = 0
  buffers.dirty = 0
  return buffers
}

let selectionValues = new Float64Array(0)

const byScore = (scores: Float64Array) => (a: number, b: number) => scores[b]! - scores[a]! || a - b

/**
 * The `k` slots of highest score that `keep` admits (ties by slot), as `topByScore` finds them:
 * a score a little below the k-th best is selected first, so that only the slots at or above it
 * are asked about and sorted. If too few of those are kept, the heap goes through them all.
 */
export function bestOf(slots: Int32Array, scores: Float64Array, k: number, keep: (slot: number) => boolean): number[] {
  if (slots.length <= k || !Number.isFinite(k)) return Array.from(slots).filter(keep).sort(byScore(scores))
  if (selectionValues.length < slots.length) selectionValues = new Float64Array(slots.length * 2)
  const values = selectionValues
  for (let i = 0; i < slots.length; i++) values[i] = scores[slots[i]!]!
  // With room for those `keep` turns away (not the actor's to see, or rejected for this need).
  const threshold = kthLargest(values, slots.length, Math.min(slots.length, Math.ceil(k * 1.25)))
  const above: number[] = []
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!
    if (scores[slot]! >= threshold && keep(slot)) above.push(slot)
  }
  if (above.length < k) return topByScore(slots, scores, k, keep)
  return above.sort(byScore(scores)).slice(0, k)
}

/** The k-th largest of the first `n` values (1 ≤ k ≤ n), by quickselect; reorders them. */
function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0
  let hi = n - 1
  const target = k - 1
  while (lo < hi) {
    // Median of three as the pivot, then a partition into larger | pivot | smaller.
    const mid = (lo + hi) >> 1
    const a = values[lo]!, b = values[mid]!, c = values[hi]!
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : (a > c ? a : b > c ? c : b)
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! > pivot) i++
      while (values[j]! < pivot) j--
      if (i <= j) {
        const x = values[i]!
        values[i++] = values[j]!
        values[j--] = x
      }
    }
    if (target <= j) hi = j
    else if (target >= i) lo = i
    else return values[target]!
  }
  return values[target]!
}

/** The `k` slots of highest score (ties by slot), through a bounded min-heap. */
export function topByScore(slots: ArrayLike<number> & Iterable<number>, scores: Float64Array, k: number, keep: (slot: number) => boolean): number[] {
  if (!Number.isFinite(k)) return Array.from(slots).filter(keep).sort((a, b) => scores[b]! - scores[a]! || a - b)
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
