import { organizationNames } from '../catalogue/organizations.repository.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError } from '../errors.ts'
import { bandOf, needAdvice } from './confidence.ts'
import { capabilityFacts, needFacts, textOf } from './documents.ts'
import type { BatchMatch } from './matches.schemas.ts'
import { openNeeds, publishedCapabilities, rejectedPairs } from './matches.repository.ts'
import { CapabilityIndex } from './memory-index.ts'
import { termGroups } from './terms.repository.ts'
import { trackRecords } from './track-record.repository.ts'

/** Above this many published capabilities a batch is refused: ask per need instead. */
export const BATCH_CAPABILITY_LIMIT = 50_000

/**
 * Candidates for many needs at once (an event's, a county's, a chain's): the published
 * catalogue is read once into an in-memory index and every need is ranked against it.
 */
export async function batchMatches({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: BatchMatch }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以批量匹配 (only coordinators run batch matching)')
  const needs = await openNeeds(ctx.db, input, 500)
  const capabilities = await publishedCapabilities(ctx.db, BATCH_CAPABILITY_LIMIT)
  const rejected = await rejectedPairs(ctx.db)
  const rejectedFor = new Map<string, Set<string>>()
  for (const r of rejected) rejectedFor.set(r.needId, (rejectedFor.get(r.needId) ?? new Set()).add(r.capabilityId))

  const records = await trackRecords(ctx.db, capabilities.map((c) => c.id), ctx.now())
  const index = new CapabilityIndex(capabilities.map((c) => ({ id: c.id, doc: textOf(c), facts: capabilityFacts(c, records.get(c.id)) })))
  const byId = new Map(capabilities.map((c) => [c.id, c]))
  const names = await organizationNames(ctx.db, [...needs.map((n) => n.organizationId), ...capabilities.map((c) => c.organizationId)])
  const groups = await termGroups(ctx.db)
  const items = needs.map((need) => {
    const candidates = index
      .match({ id: need.id, doc: textOf(need), facts: needFacts(need) }, groups, input.limit, rejectedFor.get(need.id))
      .map((m) => {
        const c = byId.get(m.id)!
        return { capabilityId: m.id, title: c.title, providerId: c.organizationId, providerName: names.get(c.organizationId) ?? '', score: m.score, band: bandOf(m.score), reasons: m.reasons }
      })
    const advice = needAdvice(candidates.map((c) => c.band), need.industryChain)
    return { needId: need.id, title: need.title, enterpriseId: need.organizationId, enterpriseName: names.get(need.organizationId) ?? '', candidates, advice }
  })
  return { items, capabilitiesConsidered: capabilities.length }
}
