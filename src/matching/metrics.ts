// Ranking quality measures, for the quality test and `npm run bench:match`.
// Grades: 3 solves the need, 2 strongly relevant, 1 partly, 0 not. "Relevant" (recall, MRR) is grade ≥ 2.

export type Grades = Readonly<Record<string, number>>

export function ndcgAt(k: number, ranked: readonly string[], grades: Grades): number {
  const gain = (g: number) => 2 ** g - 1
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0)
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, k).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0)
  return ideal > 0 ? dcg / ideal : 0
}

export function recallAt(k: number, ranked: readonly string[], grades: Grades): number {
  const relevant = Object.keys(grades).filter((id) => grades[id]! >= 2)
  if (relevant.length === 0) return 0
  const top = new Set(ranked.slice(0, k))
  return relevant.filter((id) => top.has(id)).length / relevant.length
}

export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const i = ranked.findIndex((id) => (grades[id] ?? 0) >= 2)
  return i < 0 ? 0 : 1 / (i + 1)
}

export interface Quality {
  ndcg10: number
  mrr: number
  recall10: number
}

/** Mean of each measure over the queries. */
export function meanQuality(runs: { ranked: readonly string[]; grades: Grades }[]): Quality {
  const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / Math.max(runs.length, 1)
  return {
    ndcg10: mean((r) => ndcgAt(10, r.ranked, r.grades)),
    mrr: mean((r) => reciprocalRank(r.ranked, r.grades)),
    recall10: mean((r) => recallAt(10, r.ranked, r.grades)),
  }
}
