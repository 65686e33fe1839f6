// Which meetings to hold when not all fit: the most valuable set in which nobody has more meetings
// than their own limit and there are no more meetings than table-slots. Ignoring who sits when, that
// is a maximum-weight b-matching in the bipartite graph of enterprise and provider people, solved
// exactly as a min-cost flow (successive shortest paths, Dijkstra with potentials). Its value is
// therefore also an upper bound: no timetable, which must in addition fit people into common slots,
// holds a more valuable set.

export interface WeightedPair {
  left: string
  right: string
  /** A positive integer (sums stay exact); larger is better. */
  weight: number
}

interface Arc {
  to: number
  cap: number
  cost: number
}

/** The chosen pairs' indices. `limit(person)` is how many meetings that person may take; `room` how many in all. */
export function selectByValue(pairs: readonly WeightedPair[], limit: (person: string) => number, room: number): Set<number> {
  const chosen = new Set<number>()
  if (pairs.length === 0 || room <= 0) return chosen
  const ids = new Map<string, number>()
  const node = (key: string) => ids.get(key) ?? ids.set(key, ids.size + 3).get(key)!
  const SOURCE = 0
  const SINK = 1
  const HUB = 2
  const arcs: Arc[] = []
  const out: number[][] = [[], [], []]
  const addArc = (from: number, to: number, cap: number, cost: number) => {
    while (out.length <= Math.max(from, to)) out.push([])
    out[from]!.push(arcs.length)
    arcs.push({ to, cap, cost })
    out[to]!.push(arcs.length)
    arcs.push({ to: from, cap: 0, cost: -cost })
  }
  const pairArc: number[] = []
  const seen = new Set<number>()
  for (const p of pairs) {
    const l = node(`L${p.left}`)
    const r = node(`R${p.right}`)
    if (!seen.has(l)) (seen.add(l), addArc(SOURCE, l, Math.max(0, limit(p.left)), 0))
    if (!seen.has(r)) (seen.add(r), addArc(r, HUB, Math.max(0, limit(p.right)), 0))
    pairArc.push(arcs.length)
    addArc(l, r, 1, -p.weight)
  }
  addArc(HUB, SINK, room, 0)
  const n = out.length

  // Potentials making every residual arc's reduced cost ≥ 0. The graph is a DAG layered
  // source → left → right → hub → sink, so the shortest distances come in one pass per layer.
  const potential = new Float64Array(n)
  for (const p of pairs) {
    const r = ids.get(`R${p.right}`)!
    potential[r] = Math.min(potential[r]!, -p.weight)
  }
  for (const [key, v] of ids) if (key.startsWith('R')) potential[HUB] = Math.min(potential[HUB]!, potential[v]!)
  potential[SINK] = potential[HUB]!

  const dist = new Float64Array(n)
  const via = new Int32Array(n)
  for (let flow = 0; flow < room; flow++) {
    dist.fill(Infinity)
    via.fill(-1)
    dist[SOURCE] = 0
    const heap = new MinHeap()
    heap.push(0, SOURCE)
    while (heap.size) {
      const [d, u] = heap.pop()
      if (d > dist[u]!) continue
      for (const a of out[u]!) {
        const arc = arcs[a]!
        if (arc.cap <= 0) continue
        const nd = d + arc.cost + potential[u]! - potential[arc.to]!
        if (nd < dist[arc.to]!) {
          dist[arc.to] = nd
          via[arc.to] = a
          heap.push(nd, arc.to)
        }
      }
    }
    if (dist[SINK] === Infinity) break
    // The path's true cost; a path that costs nothing or more adds no value.
    if (dist[SINK]! + potential[SINK]! - potential[SOURCE]! >= 0) break
    for (let v = 0; v < n; v++) if (dist[v]! < Infinity) potential[v]! += dist[v]!
    for (let v = SINK; v !== SOURCE; ) {
      const a = via[v]!
      arcs[a]!.cap -= 1
      arcs[a ^ 1]!.cap += 1
      v = arcs[a ^ 1]!.to
    }
  }
  pairArc.forEach((a, i) => {
    if (arcs[a]!.cap === 0) chosen.add(i)
  })
  return chosen
}

/** A binary heap of (key, value), smallest key first. */
class MinHeap {
  private keys: number[] = []
  private values: number[] = []
  get size() {
    return this.keys.length
  }
  push(key: number, value: number) {
    const k = this.keys
    const v = this.values
    let i = k.length
    k.push(key)
    v.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (k[parent]! <= key) break
      k[i] = k[parent]!
      v[i] = v[parent]!
      i = parent
    }
    k[i] = key
    v[i] = value
  }
  pop(): [number, number] {
    const k = this.keys
    const v = this.values
    const top: [number, number] = [k[0]!, v[0]!]
    const lastKey = k.pop()!
    const lastValue = v.pop()!
    if (k.length) {
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= k.length) break
        if (child + 1 < k.length && k[child + 1]! < k[child]!) child++
        if (k[child]! >= lastKey) break
        k[i] = k[child]!
        v[i] = v[child]!
        i = child
      }
      k[i] = lastKey
      v[i] = lastValue
    }
    return top
  }
}
