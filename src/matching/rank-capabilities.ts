import type { Actor } from '../auth/actor.ts'
import { suggestableTo } from '../catalogue/capability-access.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import type { ActionContext } from '../deps.ts'
import { capabilityFacts, needFacts, textOf, withTrackRecord, type NeedToRank } from './documents.ts'
import { readableCapabilities, recallCapabilities } from './matches.repository.ts'
import { recallTokens } from './recall.ts'
import { firstCut, rankCandidates, type Scored } from './score.ts'
import { corpusStatsFor } from './search-index.repository.ts'
import type { Query } from './text.ts'
import { monthAround, trackRecords, type TrackRecord } from './track-record.repository.ts'
import { presentationReads, type PresentationReads } from '../catalogue/read-capabilities.ts'
import type { Expert } from '../catalogue/capability.present.ts'
import { cosine, embeddingText } from './embeddings.ts'
import { vectorsFor } from './embeddings.repository.ts'
import { rerankBySimilarity } from './semantic.ts'
import type { MatchingState } from './resident-catalogue.ts'
import type { Asker } from './memory-index.ts'

type Ranked = (Scored & { candidate: CapabilityRow; id: string })[]

/** What of the asker a ranking depends on: coordinators see alike; anyone else as their organisation may. */
export const askerKey = (actor: Actor) => (actor.role === 'coordinator' ? 'coordinator' : `${actor.role}:${actor.organizationId}`)

/** The in-memory index's view of who asks: what they may be suggested, under the key it is the same for. */
export const suggesting = (actor: Actor): Asker => ({ key: askerKey(actor), admits: (listing) => suggestableTo(actor, listing) })

// The capabilities best able to solve a need, explained, that the actor may read and nobody
// rejected for it: from the catalogue kept in memory where the process keeps one (Node), else
// from the database's search index (Workers). Both score alike; the memory path reads every
// telling token's postings, the database path a budget of them.

/**
 * From memory. `remember` (the need's id and version) lets an unchanged need's first cut be
 * reused while nothing it depends on has moved: the state, who asks, what was rejected.
 */
export async function rankFromMemory(ctx: ActionContext, actor: Actor, need: NeedToRank, query: Query, limit: number, rejected: ReadonlySet<string>, state: MatchingState, remember?: string): Promise<Ranked> {
  const { index } = state
  const facts = needFacts(need)
  const cut = () => index.firstCut(query, { id: need.id, doc: textOf(need), facts }, limit, suggesting(actor), rejected)
  const ids = remember ? ctx.catalogue!.rememberedCut(`${remember}|${state.version}|${askerKey(actor)}|${limit}|${[...rejected].sort().join()}`, cut) : cut()
  const records = await keptTrackRecords(ctx, state, ids.map((id) => ({ id, organizationId: index.item(id)!.listing.organizationId })))
  const ranked = index.rank(query, { id: need.id, doc: textOf(need), facts }, ids, limit, (id) => withTrackRecord(index.item(id)!.facts, records.get(id)))
  // The database has the last word on who may read what: the memory only proposes.
  const rows = new Map((await readableCapabilities(ctx.db, actor, ranked.map((r) => r.id))).map((row) => [row.id, row]))
  return ranked.filter((r) => rows.has(r.id)).map((r) => ({ ...r, candidate: rows.get(r.id)! }))
}

const NO_RECORD: TrackRecord = { sessionsHeld: 0, agreements: 0, bookedThisMonth: 0 }

/** Track records, each read once between two changes of sessions, agreements or the catalogue, per month (the bookings count in it). */
function keptTrackRecords(ctx: ActionContext, state: MatchingState, capabilities: { id: string; organizationId: string }[]): Promise<Map<string, TrackRecord>> {
  const now = ctx.now()
  const providerOf = new Map(capabilities.map((c) => [c.id, c.organizationId]))
  return ctx.catalogue!.keptInputs(state, `record/${monthAround(now).from.getTime()}`, [...providerOf.keys()],
    (ids) => trackRecords(ctx.db, ids.map((id) => ({ id, organizationId: providerOf.get(id)! })), now), NO_RECORD)
}

/** Experts and providers' names for the capabilities shown, each read once between two changes of them. */
export function keptPresentationReads(ctx: ActionContext, state: MatchingState): PresentationReads {
  const db = presentationReads(ctx.db)
  const catalogue = ctx.catalogue!
  return {
    experts: (ids) => catalogue.keptInputs(state, 'experts', ids, db.experts, [] as Expert[]),
    names: (ids) => catalogue.keptInputs(state, 'name', ids, db.names, ''),
  }
}

export async function rankFromDatabase(ctx: ActionContext, actor: Actor, need: NeedToRank, query: Query, limit: number, rejected: ReadonlySet<string>): Promise<Ranked> {
  const stats = await corpusStatsFor(ctx.db, 'capability', [...query.weights.keys()])
  const rows = await recallCapabilities(ctx.db, actor, { tokens: recallTokens(query, stats), industryChain: need.industryChain, needType: need.needType })
  const open = rows.filter((row) => !rejected.has(row.id))
  const facts = needFacts(need)
  const first = firstCut(open, limit, (row) => ({ query, asker: textOf(need), candidate: textOf(row), stats, need: facts, capability: capabilityFacts(row) }))
  const records = await trackRecords(ctx.db, first, ctx.now())
  return rankCandidates(first, limit, (row) => ({ query, asker: textOf(need), candidate: textOf(row), stats, need: facts, capability: capabilityFacts(row, records.get(row.id)) }))
}

/**
 * The ranked list re-scored by the optional embeddings endpoint's cosine similarity. If the
 * endpoint fails, or a vector is missing, the lexical ranking stands: matching never waits on it
 * to answer, nor fails with it.
 */
export async function semanticallyReranked(ctx: ActionContext, need: NeedToRank, ranked: Ranked): Promise<Ranked> {
  if (!ctx.embeddings || ranked.length === 0) return ranked
  try {
    const vectors = await vectorsFor(ctx.db, ctx.embeddings, [
      { corpus: 'need', id: need.id, text: embeddingText(need) },
      ...ranked.map((r) => ({ corpus: 'capability' as const, id: r.id, text: embeddingText(r.candidate) })),
    ])
    const asker = vectors.get(`need:${need.id}`)
    if (!asker || ranked.some((r) => !vectors.has(`capability:${r.id}`))) return ranked
    return rerankBySimilarity(ranked, (id) => cosine(asker, vectors.get(`capability:${id}`)!))
  } catch (error) {
    console.warn(`语义重排不可用，保留词匹配排序 (semantic re-ranking unavailable, the lexical ranking stands): ${(error as Error).message}`)
    return ranked
  }
}
