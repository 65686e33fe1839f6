import { analyseDoc, type TextDoc } from './text.ts'
import { termFrequencies } from './tokenize.ts'

// The search vector kept on each need and capability: its tokens as a PostgreSQL tsvector
// literal, weighted by field (title A, keywords and fields B, description C) so that the
// recall query's ts_rank prefers title hits. Built here, not with to_tsvector: PostgreSQL's
// parser does not split Chinese, and under a C locale it sees no words in it at all.

const FIELD_LABELS = [
  ['title', 'A'],
  ['keywords', 'B'],
  ['fields', 'B'],
  ['description', 'C'],
] as const

const quoteLexeme = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`

export function searchVector(doc: TextDoc): string {
  const positions = new Map<string, string[]>()
  let position = 0
  for (const [field, label] of FIELD_LABELS) {
    const text = Array.isArray(doc[field]) ? (doc[field] as string[]).join(' ') : (doc[field] as string)
    for (const token of termFrequencies(text).keys()) {
      // A position per (token, field) is enough to carry the weight; PostgreSQL caps positions at 16383.
      position = Math.min(position + 1, 16383)
      const list = positions.get(token) ?? []
      if (list.length < 4) list.push(`${position}${label}`)
      positions.set(token, list)
    }
  }
  return [...positions].map(([token, pos]) => `${quoteLexeme(token)}:${pos.join(',')}`).join(' ')
}

/** A tsquery literal matching any of the tokens. */
export function anyOfQuery(tokens: readonly string[]): string {
  return tokens.map(quoteLexeme).join(' | ')
}

/** What a document adds to the corpus statistics: its distinct tokens and its weighted length. */
export function corpusContribution(doc: TextDoc): { tokens: Set<string>; length: number } {
  const { tf, length } = analyseDoc(doc)
  return { tokens: new Set(tf.keys()), length }
}
