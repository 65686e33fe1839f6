import { normalize } from './tokenize.ts'

/** A group of terms that mean the same here ("疵点", "缺陷", "瑕疵"): the coordinator's term list. */
export type TermGroup = readonly string[]

export interface TermHit {
  /** The term found in the text. */
  found: string
  /** The terms it brings in. */
  adds: string[]
}

/** Which groups the text touches, and the other terms of each: the query expansion. */
export function expandTerms(text: string, groups: readonly TermGroup[]): TermHit[] {
  const haystack = normalize(text)
  const hits: TermHit[] = []
  for (const group of groups) {
    const found = group.find((term) => haystack.includes(normalize(term)))
    if (found) hits.push({ found, adds: group.filter((t) => t !== found) })
  }
  return hits
}
