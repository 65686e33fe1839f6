import { organizationNames } from '../catalogue/organizations.repository.ts'
import type { Actor } from '../auth/actor.ts'
import { capabilityReadLevel } from '../catalogue/capability-access.ts'
import { findCapability } from '../catalogue/capabilities.repository.ts'
import { needReadLevel } from '../catalogue/need-access.ts'
import { presentNeed } from '../catalogue/need.present.ts'
import { findNeed } from '../catalogue/needs.repository.ts'
import { presentCapabilities } from '../catalogue/read-capabilities.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import { bandOf, capabilityAdvice, needAdvice } from './confidence.ts'
import { capabilityFacts, needFacts, textOf, type NeedToRank } from './documents.ts'
import { decisionsFor, recallNeeds } from './matches.repository.ts'
import { askerKey, keptPresentationReads, rankFromDatabase, rankFromMemory, semanticallyReranked } from './rank-capabilities.ts'
import { SEMANTIC } from './weights.ts'
import type { MatchingState } from './resident-catalogue.ts'
import { recallTokens } from './recall.ts'
import { rankCandidates, type Reason } from './score.ts'
import { corpusStatsFor } from './search-index.repository.ts'
import { termGroups } from './terms.repository.ts'
import { monthAround, trackRecords } from './track-record.repository.ts'
import { buildQuery } from './text.ts'
import { withLearned } from './learning.ts'
import { learnedFor } from './learning.repository.ts'

/** Only the owner of a record and coordinators ask for its candidates. */
function requireOwner(actor: Actor, organizationId: string, what: string) {
  if (actor.role !== 'coordinator' && actor.organizationId !== organizationId) {
    throw new ForbiddenError(`只有${what}所属机构和科协工作人员可以查看推荐 (only the owner and coordinators see its candidates)`)
  }
}

/**
 * A summary-only record still informs the score, but the reasons must not quote its hidden text:
 * for such a candidate the text reason says only that the content is related.
 */
function redactText(reasons: Reason[]): Reason[] {
  return reasons.map((r) => (r.kind === 'text' ? { ...r, text: '技术内容相关（详情仅所属机构可见）' } : r))
}

const decisionView = (d: { status: 'shortlisted' | 'accepted' | 'rejected'; decidedBy: string; decidedAt: Date } | undefined) =>
  d ? { status: d.status, decidedBy: d.decidedBy, decidedAt: d.decidedAt.toISOString() } : null

/**
 * The capabilities most able to solve a need, best first, with reasons. Rejected pairs are left out.
 * `groups` ranks with another term list than the stored one: a coordinator's preview of an edit.
 */
export async function matchesForNeed({ ctx, actor, id, limit, groups }: { ctx: ActionContext; actor: Actor; id: string; limit: number; groups?: string[][] }) {
  const need = await findNeed(ctx.db, id)
  if (!need || needReadLevel(actor, need) === 'none') throw new NotFoundError('技术需求')
  requireOwner(actor, need.organizationId, '需求')
  if (groups && actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以预览术语表的修改 (only coordinators preview term-list edits)')
  // On Node the catalogue, the term list and what was learned are in memory; elsewhere they are read.
  // Independent reads go out together: on PostgreSQL they run side by side.
  const [state, decided] = await Promise.all([ctx.catalogue?.current(ctx.db), decisionsFor(ctx.db, { needId: id })])
  // Asked again with nothing it reads changed, the answer is the one worked out before: the need
  // and its decisions as just read, who asks, the state and the other inputs as of this request's
  // look, the month the bookings count in. Not for a preview of the term list, nor with the
  // semantic re-ranker (its endpoint is outside the look).
  const key = state && !groups && !ctx.embeddings
    ? JSON.stringify([need, decided, askerKey(actor), limit, state.version, state.inputs, monthAround(ctx.now()).from])
    : undefined
  const known = key ? ctx.catalogue!.rememberedAnswer<NeedMatches>(key, ctx.now().getTime()) : undefined
  if (known) return known
  const answer = await rankForNeed(ctx, actor, need, decided, limit, state, groups ? { groups } : { remember: `${need.id}/${need.updatedAt.getTime()}` })
  if (key) ctx.catalogue!.rememberAnswer(key, answer, ctx.now().getTime())
  return answer
}

/**
 * A need's ranking worked out, shown as the actor may see it. `groups`: another term list than the
 * stored one; `remember`: the need's id and version, under which its first cut may be reused.
 */
export async function rankForNeed(ctx: ActionContext, actor: Actor, need: NeedToRank, decided: Awaited<ReturnType<typeof decisionsFor>>, limit: number, state: MatchingState | undefined, { groups, remember }: { groups?: string[][]; remember?: string } = {}) {
  const typed = buildQuery(textOf(need), groups ?? state?.groups ?? (await termGroups(ctx.db)))
  const query = withLearned(typed, state?.learned ?? (await learnedFor(ctx.db, [...typed.weights.keys()])))
  const decisions = new Map(decided.map((d) => [d.capabilityId, d]))
  const rejected = new Set([...decisions.values()].filter((d) => d.status === 'rejected').map((d) => d.capabilityId))
  // With the semantic re-ranker on, a wider list is re-scored and then cut to the count asked for.
  const wanted = ctx.embeddings ? Math.max(limit, SEMANTIC.pool) : limit
  const lexical = state
    ? await rankFromMemory(ctx, actor, need, query, wanted, rejected, state, remember)
    : await rankFromDatabase(ctx, actor, need, query, wanted, rejected)
  const ranked = (await semanticallyReranked(ctx, need, lexical)).slice(0, limit)
  const views = await presentCapabilities(ctx, actor, ranked.map((r) => r.candidate), state ? keptPresentationReads(ctx, state) : undefined)
  const items = ranked.map((r, i) => ({
    capabilityId: r.id,
    score: r.score,
    band: bandOf(r.score),
    reasons: views[i]!.view === 'summary' ? redactText(r.reasons) : r.reasons,
    capability: views[i]!,
    decision: decisionView(decisions.get(r.id)),
    // "Summary only" hides the owner, so the name goes with the full view alone.
    providerName: 'organizationName' in views[i]! ? views[i]!.organizationName : null,
  }))
  return { items, advice: needAdvice(items.map((i) => i.band), need.industryChain) }
}

type NeedMatches = Awaited<ReturnType<typeof rankForNeed>>

/** The open needs a capability could serve, best first, as each need's visibility allows. */
export async function matchesForCapability({ ctx, actor, id, limit }: { ctx: ActionContext; actor: Actor; id: string; limit: number }) {
  const capability = await findCapability(ctx.db, id)
  if (!capability || capabilityReadLevel(actor, capability) === 'none') throw new NotFoundError('服务能力')
  requireOwner(actor, capability.organizationId, '能力')
  const query = buildQuery(textOf(capability), await termGroups(ctx.db))
  const stats = await corpusStatsFor(ctx.db, 'need', [...query.weights.keys()])
  const rows = await recallNeeds(ctx.db, actor, { tokens: recallTokens(query, stats), industryChains: capability.industryChains, serviceTypes: capability.serviceTypes })
  const decisions = new Map((await decisionsFor(ctx.db, { capabilityId: id })).map((d) => [d.needId, d]))
  const facts = capabilityFacts(capability, (await trackRecords(ctx.db, [capability], ctx.now())).get(id))
  const open = rows.filter((row) => decisions.get(row.id)?.status !== 'rejected')
  const ranked = rankCandidates(open, limit, (row) => ({ query, asker: textOf(capability), candidate: textOf(row), stats, need: needFacts(row), capability: facts }))
  const names = await organizationNames(ctx.db, ranked.map((r) => r.candidate.organizationId))
  const items = ranked
    .map((r) => {
      const summary = needReadLevel(actor, r.candidate) === 'summary'
      return {
        needId: r.id,
        score: r.score,
        band: bandOf(r.score),
        reasons: summary ? redactText(r.reasons) : r.reasons,
        need: presentNeed(r.candidate, summary ? 'summary' : 'full'),
        decision: decisionView(decisions.get(r.id)),
        enterpriseName: summary ? null : (names.get(r.candidate.organizationId) ?? null),
      }
    })
  return { items, advice: capabilityAdvice(items.map((i) => i.band)) }
}
