import { describe, expect, test } from 'vitest'
import { bestOf, topByScore } from './candidates.ts'

// The search picks its pool by selecting a score threshold first, then asking `keep` about the few
// above it; it must pick exactly what the plain heap picks, whoever is turned away.

function seeded(seed: number) {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
}

describe('choosing the best slots of a search', () => {
  const random = seeded(7)
  const scores = new Float64Array(5000)
  // Few distinct values, so that ties at the threshold are common.
  for (let slot = 0; slot < scores.length; slot++) scores[slot] = Math.round(random() * 40) / 4
  const touched = Int32Array.from({ length: 3000 }, (_, i) => (i * 7919) % scores.length)

  test.each([
    ['everyone admitted', () => true],
    ['a few turned away', (slot: number) => slot % 50 !== 0],
    ['a third turned away (more than the margin)', (slot: number) => slot % 3 !== 0],
    ['nearly everyone turned away', (slot: number) => slot % 97 === 0],
  ])('%s: the same slots in the same order as the heap', (_, keep) => {
    for (const k of [1, 10, 150, 1000, 2999, 3000, 4000]) {
      expect(bestOf(touched, scores, k, keep)).toEqual(topByScore(touched, scores, k, keep))
    }
  })

  test('the best come first, equal scores by slot', () => {
    const best = bestOf(touched, scores, 200, () => true)
    for (let i = 1; i < best.length; i++) {
      const [a, b] = [best[i - 1]!, best[i]!]
      expect(scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)).toBe(true)
    }
    expect(Math.min(...best.map((s) => scores[s]!))).toBeGreaterThanOrEqual(Math.max(...[...touched].filter((s) => !best.includes(s)).map((s) => scores[s]!)))
  })
})
