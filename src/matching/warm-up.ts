import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import type { NeedToRank } from './documents.ts'
import { rankForNeed } from './find-matches.ts'
import type { IndexedCapability } from './memory-index.ts'

/** Rankings run before the server listens: enough for the JIT to have compiled the search and scoring. */
export const WARM_UP_RANKINGS = 40

const WARM_UP_ACTOR: Actor = { role: 'coordinator', personId: '00000000-0000-0000-0000-000000000000', organizationId: null }

/** A need worded like a capability of the catalogue, in its chain and first service type. */
const needLike = ({ doc, facts }: IndexedCapability, i: number): NeedToRank => ({
  // A well-formed id no record has: whatever reads it finds nothing.
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  title: doc.title,
  keywords: [...doc.keywords],
  fields: [...doc.fields],
  description: doc.description,
  industryChain: facts.industryChains[0] ?? '',
  needType: facts.serviceTypes[0] ?? '',
  cooperationModes: [...facts.cooperationModes],
  county: facts.regionsServed[0] ?? '',
})

/**
 * Loads the catalogue into memory (its first look), then ranks needs worded like capabilities
 * spread over it, through a request's path — the search, the track records, the rows read with
 * the access rule, their experts and names — so that a just-started server's first requests are
 * not the ones that pay for compiling it (its first took 118 ms and its second 39, against
 * 11–20 ms once warm, at 100,000 capabilities on PGlite). Writes nothing, remembers no answer and no first cut, and never
 * calls the embeddings endpoint; what it reads is kept as any ranking's is, until a change.
 * Returns how many rankings it ran: none without a catalogue in memory.
 */
export async function warmUpMatching(ctx: ActionContext, rankings = WARM_UP_RANKINGS): Promise<number> {
  const state = await ctx.catalogue?.current(ctx.db)
  if (!state) return 0
  const { embeddings: _notCalled, ...lexical } = ctx
  const needs = state.index.sample(rankings).map(needLike)
  for (const need of needs) await rankForNeed(lexical, WARM_UP_ACTOR, need, [], 10, state)
  return needs.length
}
