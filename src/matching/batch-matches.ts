import { organizationNames } from '../catalogue/organizations.repository.ts'
import type { Actor } from '../auth/actor.ts'
import { suggestableTo } from '../catalogue/capability-access.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, RuleError } from '../errors.ts'
import { bandOf, needAdvice } from './confidence.ts'
import { capabilityFacts, needFacts, textOf, withTrackRecord } from './documents.ts'
import type { BatchMatch } from './matches.schemas.ts'
import { catalogueCapabilities, openNeeds, rejectedPairs } from './matches.repository.ts'
import { CapabilityIndex } from './memory-index.ts'
import { suggesting } from './rank-capabilities.ts'
import { buildQuery } from './text.ts'
import { withLearned } from './learning.ts'
import { learnedFor } from './learning.repository.ts'
import { termGroups } from './terms.repository.ts'
import { trackRecords } from './track-record.repository.ts'

/** Above this many capabilities a batch is refused where the catalogue must be read for it: ask per need instead. */
export const BATCH_CAPABILITY_LIMIT = 50_000

/**
 * Candidates for many needs at once (an event's, a county's, a chain's), against the catalogue
 * in memory: the process's own where it keeps one, else read once for the batch. Each need gets
 * a first cut, the track records of all first cuts are read in one query, then each is ranked.
 */
export async function batchMatches({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: BatchMatch }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以批量匹配 (only coordinators run batch matching)')
  const needs = await openNeeds(ctx.db, input, 500)
  const state = ctx.catalogue ? await ctx.catalogue.current(ctx.db) : undefined
  const index = state?.index ?? (await readCatalogue(ctx))
  const rejectedFor = new Map<string, Set<string>>()
  for (const r of await rejectedPairs(ctx.db, needs.map((n) => n.id))) rejectedFor.set(r.needId, (rejectedFor.get(r.needId) ?? new Set()).add(r.capabilityId))
  const groups = state?.groups ?? (await termGroups(ctx.db))
  const typed = needs.map((need) => buildQuery(textOf(need), groups))
  const learned = state?.learned ?? (await learnedFor(ctx.db, [...new Set(typed.flatMap((q) => [...q.weights.keys()]))]))

  const asker = suggesting(actor)
  const asked = needs.map((need, i) => {
    const indexed = { id: need.id, doc: textOf(need), facts: needFacts(need) }
    const query = withLearned(typed[i]!, learned)
    const rejected = rejectedFor.get(need.id)
    const first = index.firstCut(query, indexed, input.limit, asker, rejected)
    return { need, indexed, query, first }
  })
  const records = await trackRecords(ctx.db, [...new Set(asked.flatMap((a) => a.first))].map((id) => ({ id, organizationId: index.item(id)!.listing.organizationId })), ctx.now())
  const ranked = asked.map((a) => ({ ...a, candidates: index.rank(a.query, a.indexed, a.first, input.limit, (id) => withTrackRecord(index.item(id)!.facts, records.get(id))) }))
  const names = await organizationNames(ctx.db, [...needs.map((n) => n.organizationId), ...ranked.flatMap((r) => r.candidates.map((c) => index.item(c.id)!.listing.organizationId))])

  const items = ranked.map(({ need, candidates }) => {
    const shown = candidates.map((m) => {
      const c = index.item(m.id)!
      return { capabilityId: m.id, title: c.doc.title, providerId: c.listing.organizationId, providerName: names.get(c.listing.organizationId) ?? '', score: m.score, band: bandOf(m.score), reasons: m.reasons }
    })
    const advice = needAdvice(shown.map((c) => c.band), need.industryChain)
    return { needId: need.id, title: need.title, enterpriseId: need.organizationId, enterpriseName: names.get(need.organizationId) ?? '', candidates: shown, advice }
  })
  return { items, capabilitiesConsidered: index.count((listing) => suggestableTo(actor, listing)) }
}

/** Without a catalogue kept in memory (Workers): the whole catalogue, read for this batch. */
async function readCatalogue(ctx: ActionContext): Promise<CapabilityIndex> {
  const rows = await catalogueCapabilities(ctx.db, BATCH_CAPABILITY_LIMIT + 1)
  if (rows.length > BATCH_CAPABILITY_LIMIT) throw new RuleError('catalogue-too-large', `服务能力超过 ${BATCH_CAPABILITY_LIMIT} 项，此处无法批量匹配，请逐项匹配 (more than ${BATCH_CAPABILITY_LIMIT} capabilities: match per need here)`)
  const index = new CapabilityIndex()
  for (const row of rows) index.upsert({ id: row.id, doc: textOf(row), facts: capabilityFacts(row) }, row)
  return index
}
