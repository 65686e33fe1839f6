import { byScoreThenId, round, type Reason, type Scored } from './score.ts'
import { SEMANTIC } from './weights.ts'

/**
 * A ranked list re-scored with each candidate's cosine similarity to the asker (pure). The old
 * reasons keep their share, scaled; the similarity is one more reason, so the parts still add up.
 */
export function rerankBySimilarity<T extends Scored & { id: string }>(ranked: readonly T[], similarity: (id: string) => number | undefined): T[] {
  const keep = 1 - SEMANTIC.weight
  return ranked
    .map((r) => {
      const sim = similarity(r.id)
      if (sim === undefined) return r
      const reasons: Reason[] = r.reasons.map((reason) => ({ ...reason, contribution: round(reason.contribution * keep) }))
      const value = Math.max(0, Math.min(1, (sim - SEMANTIC.floor) / (1 - SEMANTIC.floor)))
      if (value > 0) reasons.push({ kind: 'semantic', text: `语义相近（相似度 ${Math.round(sim * 100)}%）`, contribution: round(SEMANTIC.weight * value) })
      reasons.sort((a, b) => b.contribution - a.contribution)
      return { ...r, reasons, score: round(reasons.reduce((sum, x) => sum + x.contribution, 0)) }
    })
    .sort(byScoreThenId)
}
