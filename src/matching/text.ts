import { expandTerms, type TermGroup, type TermHit } from './terms.ts'
import { isUnigram, normalize, termFrequencies } from './tokenize.ts'
import { TEXT } from './weights.ts'

/** The text of a need or a capability, as matching reads it. */
export interface TextDoc {
  title: string
  keywords: readonly string[]
  fields: readonly string[]
  description: string
}

/** A document's tokens, each with its field-weighted frequency (BM25F), and its weighted length. */
export interface DocTerms {
  tf: Map<string, number>
  length: number
}

/** What the recall and the scorer need to know of the corpus being searched. */
export interface CorpusStats {
  docs: number
  avgLength: number
  df: (token: string) => number
}

export interface Query {
  /** Token → how much it matters to the asker. */
  weights: Map<string, number>
  /** The asker's own terms (keywords, fields) and those the term list added, for the reasons. */
  terms: string[]
  synonymHits: TermHit[]
  /** Words added from the best first candidates (pseudo-relevance feedback), if any. */
  feedback?: string[]
  /** Words added because past decisions paired them with the asker's words. */
  learned?: { from: string; to: string }[]
}

const docFields = (doc: TextDoc) =>
  [
    ['title', doc.title],
    ['keywords', doc.keywords.join(' ')],
    ['fields', doc.fields.join(' ')],
    ['description', doc.description],
  ] as const

export function analyseDoc(doc: TextDoc): DocTerms {
  const tf = new Map<string, number>()
  let length = 0
  for (const [field, text] of docFields(doc)) {
    const weight = TEXT.docFieldWeights[field]
    for (const [token, n] of termFrequencies(text)) {
      tf.set(token, (tf.get(token) ?? 0) + weight * n)
      length += weight * n
    }
  }
  return { tf, length }
}

/** The query a need (or capability) makes: its tokens by field, and the term list's additions. */
export function buildQuery(doc: TextDoc, groups: readonly TermGroup[]): Query {
  const weights = new Map<string, number>()
  const add = (text: string, weight: number, unigrams = true) => {
    for (const token of termFrequencies(text).keys()) {
      if (!unigrams && isUnigram(token)) continue
      const w = weight * (isUnigram(token) ? TEXT.unigramWeight : 1)
      if (w > (weights.get(token) ?? 0)) weights.set(token, w)
    }
  }
  for (const [field, text] of docFields(doc)) add(text, TEXT.queryFieldWeights[field])
  const synonymHits = expandTerms(docFields(doc).map(([, t]) => t).join(' '), groups)
  // A word the term list adds brings its pairs of characters, not its single ones: 「连作障碍」
  // for 「板结」 should not also count every 连, 作, 障 and 碍 in a candidate.
  for (const hit of synonymHits) for (const term of hit.adds) add(term, TEXT.synonymWeight, false)
  const terms = [...doc.keywords, ...doc.fields, ...synonymHits.flatMap((h) => h.adds)]
  return { weights, terms, synonymHits }
}

export function idf(stats: CorpusStats, token: string): number {
  const df = stats.df(token)
  return Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5))
}

/** BM25's length normalisation of a document of this weighted length. */
export function lengthNorm(length: number, stats: CorpusStats): number {
  return 1 - TEXT.b + TEXT.b * (length / Math.max(stats.avgLength, 1))
}

/** One query token's part of a document's BM25F score: its weight × IDF, saturated in tf. */
export function termScore(weightIdf: number, tf: number, norm: number): number {
  const x = tf / norm
  return (weightIdf * x * (TEXT.k1 + 1)) / (x + TEXT.k1)
}

/** The query's tokens with weight × IDF, and the score of an ideal document (relevance 1). */
interface Weighted {
  tokens: [string, number][]
  ideal: number
}
// Worked out once per query and corpus, however many candidates are scored against them.
const weighted = new WeakMap<Query, { stats: CorpusStats; docs: number; avgLength: number; value: Weighted }>()

export function weightedQuery(query: Query, stats: CorpusStats): Weighted {
  const memo = weighted.get(query)
  if (memo && memo.stats === stats && memo.docs === stats.docs && memo.avgLength === stats.avgLength) return memo.value
  const tokens: [string, number][] = []
  let ideal = 0
  // Feedback words can add to a candidate's relevance, never lower every candidate's by raising the bar.
  const added = new Set([...(query.feedback ?? []), ...(query.learned ?? []).map((l) => l.to)])
  for (const [token, qw] of query.weights) {
    const w = qw * idf(stats, token)
    tokens.push([token, w])
    if (!added.has(token)) ideal += w * (TEXT.k1 + 1) * TEXT.idealSaturation
  }
  const value = { tokens, ideal }
  weighted.set(query, { stats, docs: stats.docs, avgLength: stats.avgLength, value })
  return value
}

/** A raw BM25F score scaled to [0, 1] against the ideal. */
export function relevanceOf(score: number, ideal: number): number {
  return ideal > 0 ? Math.min(1, (score / ideal) ** TEXT.exponent) : 0
}

/**
 * BM25F relevance of a document to a query, scaled to [0, 1] against an ideal document that has
 * every query term once in its title. Also returns each token's share, for the reasons.
 */
export function textRelevance(query: Query, doc: DocTerms, stats: CorpusStats): { value: number; byToken: Map<string, number> } {
  const norm = lengthNorm(doc.length, stats)
  const { tokens, ideal } = weightedQuery(query, stats)
  let score = 0
  const byToken = new Map<string, number>()
  for (const [token, w] of tokens) {
    const tf = doc.tf.get(token)
    if (!tf) continue
    const s = termScore(w, tf, norm)
    score += s
    byToken.set(token, s)
  }
  return { value: relevanceOf(score, ideal), byToken }
}

/** The asker's terms that the candidate's text contains, and the candidate's keywords the asker's text contains. */
export function sharedTerms(query: Query, asker: TextDoc, candidate: TextDoc): string[] {
  const candidateText = normalize([candidate.title, ...candidate.keywords, ...candidate.fields, candidate.description].join(' '))
  const askerText = normalize([asker.title, ...asker.keywords, ...asker.fields, asker.description].join(' '))
  const found = new Set<string>()
  for (const term of query.terms) if (term.length > 1 && candidateText.includes(normalize(term))) found.add(term)
  for (const term of [...candidate.keywords, ...candidate.fields]) if (term.length > 1 && askerText.includes(normalize(term))) found.add(term)
  return [...found]
}
