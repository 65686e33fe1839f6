import { describe, expect, test } from 'vitest'
import { selectByValue, type WeightedPair } from './value-selection.ts'

function random(seed: number) {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31)
}

/** Every subset: the best total weight within the people's limits and the room. */
function bruteForce(pairs: WeightedPair[], limit: (who: string) => number, room: number) {
  let best = 0
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const load = new Map<string, number>()
    let count = 0
    let weight = 0
    let ok = true
    pairs.forEach((p, i) => {
      if (!(mask & (1 << i))) return
      count++
      weight += p.weight
      for (const who of [`L${p.left}`, `R${p.right}`]) load.set(who, (load.get(who) ?? 0) + 1)
    })
    for (const [who, n] of load) if (n > limit(who.slice(1))) ok = false
    if (ok && count <= room) best = Math.max(best, weight)
  }
  return best
}

describe('choosing meetings by value', () => {
  test('matches exhaustive search on small random instances', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = random(seed)
      const pairs: WeightedPair[] = Array.from({ length: 4 + Math.floor(rnd() * 8) }, () => ({ left: `e${Math.floor(rnd() * 4)}`, right: `p${Math.floor(rnd() * 4)}`, weight: 1 + Math.floor(rnd() * 20) }))
      const limits = new Map<string, number>()
      const limit = (who: string) => limits.get(who) ?? limits.set(who, Math.floor(rnd() * 3)).get(who)!
      const room = 1 + Math.floor(rnd() * 6)
      const expected = bruteForce(pairs, limit, room)
      const chosen = selectByValue(pairs, limit, room)
      const load = new Map<string, number>()
      for (const i of chosen) for (const who of [pairs[i]!.left, pairs[i]!.right]) load.set(who, (load.get(who) ?? 0) + 1)
      for (const [who, n] of load) expect(n, who).toBeLessThanOrEqual(limit(who))
      expect(chosen.size).toBeLessThanOrEqual(room)
      expect([...chosen].reduce((sum, i) => sum + pairs[i]!.weight, 0), `seed ${seed}`).toBe(expected)
    }
  })

  test('gives up one good meeting for two that are worth more together', () => {
    // Everyone takes one meeting: e1–p1 (10) alone loses to e1–p2 and e2–p1 together (7 + 8).
    const pairs = [{ left: 'e1', right: 'p1', weight: 10 }, { left: 'e1', right: 'p2', weight: 7 }, { left: 'e2', right: 'p1', weight: 8 }]
    const chosen = selectByValue(pairs, () => 1, 10)
    expect([...chosen].sort()).toEqual([1, 2])
  })
})
