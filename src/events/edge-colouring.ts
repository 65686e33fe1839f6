// Bipartite edge colouring (König): a bipartite multigraph's edges can be coloured with Δ
// colours, Δ its largest degree, so that no two edges at a vertex share a colour. Here an edge
// is a meeting between an enterprise's and a provider's representative, a colour a time slot.
// With k ≥ Δ colours the colouring can also be made equitable (de Werra): every colour class
// holds ⌊m/k⌋ or ⌈m/k⌉ edges, so k = max(Δ, ⌈m/tables⌉) slots seat every meeting at a table.

export interface Edge {
  left: number
  right: number
}

/** Colours in [0, k) for each edge, proper at every vertex. Requires k ≥ the largest degree. */
export function colourEdges(edges: readonly Edge[], leftCount: number, rightCount: number, k: number): number[] {
  // at[side][vertex][colour] = the edge holding that colour there, or -1
  const left = Array.from({ length: leftCount }, () => new Int32Array(k).fill(-1))
  const right = Array.from({ length: rightCount }, () => new Int32Array(k).fill(-1))
  const colour = new Int32Array(edges.length).fill(-1)
  const free = (slots: Int32Array) => slots.indexOf(-1)

  edges.forEach((edge, e) => {
    const u = left[edge.left]!
    const v = right[edge.right]!
    const a = free(u)
    const b = free(v)
    if (a < 0 || b < 0) throw new Error('k is below the largest degree')
    if (v[a] !== -1) {
      // Colour a is taken at v: swap colours a and b along the alternating path that starts at v.
      // In a bipartite graph that path cannot come back to u, so afterwards a is free at both ends.
      let side: 'right' | 'left' = 'right'
      let vertex = edge.right
      let want = a
      const path: number[] = []
      for (;;) {
        const slots = side === 'right' ? right[vertex]! : left[vertex]!
        const next = slots[want]!
        if (next === -1) break
        path.push(next)
        const other = edges[next]!
        side = side === 'right' ? 'left' : 'right'
        vertex = side === 'left' ? other.left : other.right
        want = want === a ? b : a
      }
      for (const p of path) {
        const pe = edges[p]!
        left[pe.left]![colour[p]!] = -1
        right[pe.right]![colour[p]!] = -1
      }
      for (const p of path) {
        const pe = edges[p]!
        colour[p] = colour[p] === a ? b : a
        left[pe.left]![colour[p]!] = p
        right[pe.right]![colour[p]!] = p
      }
    }
    colour[e] = a
    u[a] = e
    v[a] = e
  })
  return Array.from(colour)
}

/**
 * Evens out colour class sizes: while one class is above ⌈m/k⌉ and another below, swap the two
 * colours along an alternating path that has one more edge of the larger class (one always exists).
 */
export function equalise(edges: readonly Edge[], colours: number[], k: number): number[] {
  const out = [...colours]
  const size = new Array<number>(k).fill(0)
  for (const c of out) size[c]!++
  const high = Math.ceil(edges.length / k)
  for (;;) {
    const big = size.findIndex((s) => s > high)
    if (big < 0) return out
    const small = size.indexOf(Math.min(...size))
    const component = pathWithMore(edges, out, big, small)
    for (const e of component) out[e] = out[e] === big ? small : big
    size[big]!--
    size[small]!++
  }
}

/** A connected run of edges coloured `big` or `small` with one more `big` edge than `small`. */
function pathWithMore(edges: readonly Edge[], colours: number[], big: number, small: number): number[] {
  const incident = new Map<string, number[]>()
  const key = (side: string, v: number) => `${side}${v}`
  edges.forEach((edge, e) => {
    if (colours[e] !== big && colours[e] !== small) return
    for (const k of [key('l', edge.left), key('r', edge.right)]) incident.set(k, [...(incident.get(k) ?? []), e])
  })
  const seen = new Set<number>()
  for (let start = 0; start < edges.length; start++) {
    if (colours[start] !== big || seen.has(start)) continue
    const component: number[] = []
    const stack = [start]
    seen.add(start)
    while (stack.length) {
      const e = stack.pop()!
      component.push(e)
      for (const k of [key('l', edges[e]!.left), key('r', edges[e]!.right)]) {
        for (const f of incident.get(k) ?? []) if (!seen.has(f)) (seen.add(f), stack.push(f))
      }
    }
    const bigCount = component.filter((e) => colours[e] === big).length
    if (bigCount > component.length - bigCount) return component
  }
  throw new Error('no path to balance: colouring is not proper')
}
