import { idf, type CorpusStats, type Query } from './text.ts'
import { isUnigram } from './tokenize.ts'
import { RECALL } from './weights.ts'

/**
 * The order in which a search looks tokens up: words and pairs of characters first, the most
 * telling first (weight × IDF); single characters after them. A single character counts in the
 * score as much as a pair, but its postings are long and it rarely finds a candidate no pair
 * finds, so it must not spend the search's budget before the pairs have.
 */
export function byRecallOrder<T extends { token: string; value: number }>(a: T, b: T): number {
  return Number(isUnigram(a.token)) - Number(isUnigram(b.token)) || b.value - a.value || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0)
}

/**
 * The query tokens worth looking up to find candidates: the most telling first (weight × IDF),
 * until their postings add up to the budget. Common tokens ("技术", "公司") would match most of
 * the corpus and tell nothing; they still count in the precise score, just not in recall.
 */
export function recallTokens(query: Query, stats: CorpusStats): string[] {
  const ranked = [...query.weights]
    .map(([token, weight]) => ({ token, df: stats.df(token), value: weight * idf(stats, token) }))
    .filter((t) => t.df > 0)
    .sort(byRecallOrder)
  const chosen: string[] = []
  let postings = 0
  for (const t of ranked) {
    if (chosen.length >= RECALL.maxTokens) break
    if (postings + t.df > RECALL.postingBudget && chosen.length > 0) continue
    chosen.push(t.token)
    postings += t.df
  }
  return chosen
}
