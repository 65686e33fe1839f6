import type { Query, TextDoc } from './text.ts'
import { isUnigram, termFrequencies } from './tokenize.ts'
import { LEARNING } from './weights.ts'

// Learning from coordinators' decisions: the words of a need and the words of the capability it
// was matched with that the need itself does not use — the vocabulary gap a decision bridged.
// Shortlisted, accepted, met and signed pairs count for; rejected ones against. An association
// takes effect once enough decisions back it, and shows in the reasons like a term-list entry.

export interface LabelledPair {
  need: TextDoc
  capability: TextDoc
  /** > 0 for a pair that was worth it (shortlisted 1, accepted 1.5, met +1, signed +2), < 0 for a rejected one. */
  weight: number
}

export interface Association {
  needToken: string
  capabilityToken: string
  strength: number
  support: number
}

const bigrams = (text: string) => [...termFrequencies(text).keys()].filter((t) => !isUnigram(t))
const needWords = (doc: TextDoc) => new Set(bigrams([doc.title, doc.keywords.join(' '), doc.description].join(' ')))
// What a provider names its capability by: its title, keywords and fields, not its prose.
const capabilityWords = (doc: TextDoc) => new Set(bigrams([doc.title, doc.keywords.join(' '), doc.fields.join(' ')].join(' ')))

/** The associations the decisions support; none before `LEARNING.minDecisions` of them. Pure. */
export function learnAssociations(pairs: readonly LabelledPair[], options: typeof LEARNING = LEARNING): Association[] {
  if (pairs.length < options.minDecisions) return []
  const together = new Map<string, { score: number; support: number }>()
  const seen = new Map<string, number>()
  for (const pair of pairs) {
    const asked = needWords(pair.need)
    const gap = [...capabilityWords(pair.capability)].filter((b) => !asked.has(b))
    for (const a of asked) {
      if (pair.weight > 0) seen.set(a, (seen.get(a) ?? 0) + pair.weight)
      for (const b of gap) {
        const key = `${a}\u0000${b}`
        const entry = together.get(key) ?? { score: 0, support: 0 }
        entry.score += pair.weight
        if (pair.weight > 0) entry.support++
        together.set(key, entry)
      }
    }
  }
  const byNeedToken = new Map<string, Association[]>()
  for (const [key, { score, support }] of together) {
    if (support < options.minSupport) continue
    const [needToken, capabilityToken] = key.split('\u0000') as [string, string]
    // Shrunk towards 0 for a word seen in few good pairs: one lucky pair proves little.
    const strength = score / ((seen.get(needToken) ?? 0) + options.shrinkage)
    if (strength < options.minStrength) continue
    const list = byNeedToken.get(needToken) ?? []
    list.push({ needToken, capabilityToken, strength: Math.min(1, strength), support })
    byNeedToken.set(needToken, list)
  }
  return [...byNeedToken.values()].flatMap((list) => list.sort((x, y) => y.strength - x.strength || (x.capabilityToken < y.capabilityToken ? -1 : 1)).slice(0, options.perWord))
}

/** The query with the capability words past decisions associate with its own, at a fraction of a typed word's weight. */
export function withLearned(query: Query, associations: readonly Association[], options: typeof LEARNING = LEARNING): Query {
  const relevant = associations.filter((a) => query.weights.has(a.needToken) && !query.weights.has(a.capabilityToken))
  if (relevant.length === 0) return query
  const weights = new Map(query.weights)
  const learned: { from: string; to: string }[] = []
  for (const a of relevant) {
    const w = options.weight * a.strength
    if (w > (weights.get(a.capabilityToken) ?? 0)) weights.set(a.capabilityToken, w)
    learned.push({ from: a.needToken, to: a.capabilityToken })
  }
  return { ...query, weights, learned }
}
