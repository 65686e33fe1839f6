import { idf, type CorpusStats, type DocTerms, type Query } from './text.ts'
import { isUnigram } from './tokenize.ts'
import { FEEDBACK } from './weights.ts'

/**
 * Pseudo-relevance feedback: the words the best first candidates share, added to the query at a
 * fraction of a typed word's weight, so that a second pass also finds the providers who say
 * the same thing in those words. Pairs of characters and Latin words only (a single character
 * says too little); a word found in one document alone finds nobody else and is left out.
 */
export function withFeedback(query: Query, best: readonly DocTerms[], stats: CorpusStats, options: typeof FEEDBACK = FEEDBACK): Query {
  const gain = new Map<string, number>()
  best.slice(0, options.documents).forEach((doc, rank) => {
    let total = 0
    for (const [token, tf] of doc.tf) total += tf * idf(stats, token)
    if (total === 0) return
    for (const [token, tf] of doc.tf) {
      if (isUnigram(token) || query.weights.has(token) || stats.df(token) < 2) continue
      gain.set(token, (gain.get(token) ?? 0) + (tf * idf(stats, token)) / total / (rank + 1))
    }
  })
  const top = [...gain].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.terms)
  if (top.length === 0) return query
  const most = top[0]![1]
  const weights = new Map(query.weights)
  for (const [token, g] of top) weights.set(token, (options.weight * g) / most)
  return { ...query, weights, feedback: top.map(([token]) => token) }
}
