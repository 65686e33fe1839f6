import { COOPERATION_MODES, NEED_TYPES, label } from '../catalogue/vocabulary.ts'
import { analyseDoc, sharedTerms, textRelevance, type CorpusStats, type DocTerms, type Query, type TextDoc } from './text.ts'
import { AREA_GATE, SIGNAL_WEIGHTS, UNDECLARED, type Signal } from './weights.ts'

export interface NeedFacts {
  industryChain: string
  needType: string
  cooperationModes: readonly string[]
  county: string
  fields: readonly string[]
}

export interface CapabilityFacts {
  industryChains: readonly string[]
  serviceTypes: readonly string[]
  cooperationModes: readonly string[]
  regionsServed: readonly string[]
  fields: readonly string[]
  /** Sessions it can still take this month. */
  capacityLeft: number
  sessionsHeld: number
  agreements: number
}

export interface Reason {
  kind: Signal | 'semantic'
  /** What a person can check, in Chinese. */
  text: string
  /** This reason's part of the score: the parts add up to the score. */
  contribution: number
}

export interface Scored {
  score: number
  reasons: Reason[]
}

export interface PairInput {
  query: Query
  asker: TextDoc
  candidate: TextDoc
  candidateTerms?: DocTerms
  /** The text relevance where the caller already knows it (an index's first cut); reasons still work it out. */
  textValue?: number
  stats: CorpusStats
  need: NeedFacts
  capability: CapabilityFacts
}

/** Scores and contributions are kept to four decimals, so that the parts add up as shown. */
export const round = (x: number) => Math.round(x * 10000) / 10000
const quote = (terms: readonly string[]) => terms.map((t) => `「${t}」`).join('')

/**
 * The score of one need–capability pair and, with `explain`, its reasons, strongest first. Pure.
 * Ranking many candidates scores them all without reasons, then explains only those shown.
 */
export function scorePair(input: PairInput, explain = true): Scored {
  const { need, capability } = input
  const signals: { kind: Signal; value: number; text: () => string }[] = []

  const text = !explain && input.textValue !== undefined
    ? { value: input.textValue, byToken: new Map<string, number>() }
    : textRelevance(input.query, input.candidateTerms ?? analyseDoc(input.candidate), input.stats)
  if (text.value > 0) {
    signals.push({ kind: 'text', value: text.value, text: () => textReason(input, text.value, text.byToken) })
  }
  const area = AREA_GATE.floor + (1 - AREA_GATE.floor) * Math.min(1, text.value / AREA_GATE.fullAt)
  // A capability that does not say its chain, service types or fields is unknown there, not a
  // mismatch: it counts half, as an open cooperation mode or region does, so that a provider's
  // profile without tags is not buried under tagged ones whose text says less.
  if (capability.industryChains.includes(need.industryChain)) {
    signals.push({ kind: 'chain', value: area, text: () => `同属「${need.industryChain}」产业链` })
  } else if (capability.industryChains.length === 0 && need.industryChain) {
    signals.push({ kind: 'chain', value: area * UNDECLARED, text: () => '服务方未标明产业链（按一半计）' })
  }
  if (capability.serviceTypes.includes(need.needType)) {
    signals.push({ kind: 'type', value: area, text: () => `服务类型含「${label(NEED_TYPES.list, need.needType)}」，正是需求类型` })
  } else if (capability.serviceTypes.length === 0) {
    signals.push({ kind: 'type', value: area * UNDECLARED, text: () => '服务方未标明服务类型（按一半计）' })
  }
  const fields = need.fields.filter((f) => capability.fields.includes(f))
  if (fields.length) {
    signals.push({ kind: 'fields', value: (area * fields.length) / Math.min(need.fields.length, capability.fields.length), text: () => `技术领域相同：${fields.join('、')}` })
  } else if (capability.fields.length === 0 && need.fields.length > 0) {
    signals.push({ kind: 'fields', value: area * UNDECLARED, text: () => '服务方未标明技术领域（按一半计）' })
  }
  const modes = need.cooperationModes.filter((m) => capability.cooperationModes.includes(m))
  if (modes.length) {
    signals.push({ kind: 'mode', value: 1, text: () => `合作方式相符：${modes.map((m) => label(COOPERATION_MODES.list, m)).join('、')}` })
  } else if (need.cooperationModes.length === 0 || capability.cooperationModes.length === 0) {
    signals.push({ kind: 'mode', value: 0.5, text: () => '合作方式未限定' })
  }
  if (capability.capacityLeft > 0) {
    signals.push({ kind: 'capacity', value: 1, text: () => `本月尚可承接 ${capability.capacityLeft} 场对接` })
  }
  const record = Math.min(1, (capability.sessionsHeld + 2 * capability.agreements) / 10)
  if (record > 0) {
    signals.push({ kind: 'record', value: record, text: () => `已开展对接 ${capability.sessionsHeld} 场、签约 ${capability.agreements} 项` })
  }
  if (capability.regionsServed.includes(need.county)) {
    signals.push({ kind: 'region', value: 1, text: () => `服务地区含「${need.county}」` })
  } else if (capability.regionsServed.length === 0) {
    signals.push({ kind: 'region', value: 0.5, text: () => '服务地区不限' })
  }

  const parts = signals.map((s) => ({ ...s, contribution: round(SIGNAL_WEIGHTS[s.kind] * s.value) }))
  const score = round(parts.reduce((sum, r) => sum + r.contribution, 0))
  if (!explain) return { score, reasons: [] }
  const reasons = parts.map((p) => ({ kind: p.kind, text: p.text(), contribution: p.contribution })).sort((a, b) => b.contribution - a.contribution)
  return { score, reasons }
}

function textReason(input: PairInput, value: number, byToken: Map<string, number>): string {
  const terms = sharedTerms(input.query, input.asker, input.candidate).slice(0, 6)
  // Pairs of characters say more to a reader than single ones: name those first.
  const top = [...byToken].sort((a, b) => Number(b[0].length > 1) - Number(a[0].length > 1) || b[1] - a[1]).slice(0, 4).map(([t]) => t)
  const synonyms = input.query.synonymHits.filter((h) => h.adds.some((a) => terms.includes(a)))
  const via = synonyms.length ? `；术语表：${synonyms.map((h) => `「${h.found}」≈${quote(h.adds.filter((a) => terms.includes(a)))}`).join('，')}` : ''
  // A learned word that counted here: the decisions it came from say why.
  const learned = (input.query.learned ?? []).filter((l) => byToken.has(l.to))
  const taught = learned.length ? `；以往对接中：${[...new Map(learned.map((l) => [l.to, l])).values()].slice(0, 3).map((l) => `「${l.from}」→「${l.to}」`).join('，')}` : ''
  const shared = terms.length ? `共同技术词${quote(terms)}` : `共有字词${quote(top)}`
  return `技术内容相关（${Math.round(value * 100)}%）：${shared}${via}${taught}`
}

/** Scores every candidate, keeps the best `limit` (ties by id), and explains only those. */
export function rankCandidates<T extends { id: string }>(candidates: T[], limit: number, input: (c: T) => PairInput): (Scored & { candidate: T; id: string })[] {
  return shortlist(candidates, limit, input).map((candidate) => ({ candidate, id: candidate.id, ...scorePair(input(candidate), true) }))
}

/** The best `limit` candidates by score, unexplained: a first cut before costlier signals are looked up. */
export function shortlist<T extends { id: string }>(candidates: T[], limit: number, input: (c: T) => PairInput): T[] {
  return candidates
    .map((candidate) => ({ candidate, id: candidate.id, score: scorePair(input(candidate), false).score }))
    .sort(byScoreThenId)
    .slice(0, limit)
    .map(({ candidate }) => candidate)
}

/** At most this many past the requested count go on to have their track records read. */
const FIRST_CUT_MARGIN = 40

/**
 * A first cut before the track records are read, best first: the requested count and whoever
 * could still overtake them once the records are known. A record adds at most its weight and a
 * full month takes away at most the capacity's, so a candidate further behind than both cannot.
 */
export function firstCut<T extends { id: string }>(candidates: T[], limit: number, input: (c: T) => PairInput): T[] {
  const scored = candidates.map((candidate) => ({ candidate, id: candidate.id, score: scorePair(input(candidate), false).score })).sort(byScoreThenId)
  const reach = scored.length > limit ? scored[limit - 1]!.score - (SIGNAL_WEIGHTS.record + SIGNAL_WEIGHTS.capacity) : -Infinity
  return scored.filter((s, i) => i < limit || s.score >= reach).slice(0, limit + FIRST_CUT_MARGIN).map((s) => s.candidate)
}

/** Best first; equal scores by id, so the same data always gives the same ranking. */
export function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
