import { allOrNothing } from '../db/bulk.ts'
import type { Actor } from '../auth/actor.ts'
import { findCapability } from '../catalogue/capabilities.repository.ts'
import { findNeed, insertNeedHistory, updateNeedRow } from '../catalogue/needs.repository.ts'
import { historyEntries } from '../catalogue/history.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import { capabilityFacts, needFacts, textOf } from './documents.ts'
import type { DecideMatch } from './matches.schemas.ts'
import { findMatch, insertMatch, insertMatchHistory, updateMatch } from './matches.repository.ts'
import { scorePair } from './score.ts'
import { corpusStatsFor } from './search-index.repository.ts'
import { termGroups } from './terms.repository.ts'
import { trackRecords } from './track-record.repository.ts'
import { buildQuery } from './text.ts'
import { relearnFromDecisions } from './learn-from-decisions.ts'
import { withLearned } from './learning.ts'
import { learnedFor } from './learning.repository.ts'

/**
 * A coordinator shortlists, accepts or rejects a candidate pair. The score and reasons at the
 * time are kept with the decision. Shortlisting or accepting moves a published (or matched) need
 * to "shortlisted" in the same transaction, so the funnel counts itself.
 */
/** Many decisions in one transaction: all are recorded, or none. */
export async function decideMatches({ ctx, actor, decisions }: { ctx: ActionContext; actor: Actor; decisions: DecideMatch[] }) {
  requireCoordinator(actor)
  const results = await allOrNothing(ctx.db, decisions, (tx, input) => recordMatchDecision(tx, ctx, actor, input))
  await relearn(ctx)
  return results
}

export async function decideMatch({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: DecideMatch }) {
  requireCoordinator(actor)
  const result = await withTransaction(ctx.db, (tx) => recordMatchDecision(tx, ctx, actor, input))
  await relearn(ctx)
  return result
}

/**
 * Every decision is a label: matching learns from it before the next ranking. The decision is
 * recorded by then, so a failure to learn is logged, not answered: the next decision learns again.
 */
async function relearn(ctx: ActionContext) {
  try {
    await relearnFromDecisions(ctx)
  } catch (error) {
    console.warn(`未能从决定中重新学习 (relearning from decisions failed; the next decision tries again): ${(error as Error).message}`)
  }
}

function requireCoordinator(actor: Actor) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以确定对接候选 (only coordinators decide on candidates)')
}

/**
 * The decision itself, in the caller's transaction, for whoever the caller has let decide (a
 * coordinator, or the enterprise accepting a provider's 「我能解决」).
 */
export async function recordMatchDecision(tx: DbOrTx, ctx: ActionContext, actor: Actor, input: DecideMatch) {
  const need = await findNeed(tx, input.needId, { forUpdate: true })
  if (!need) throw new NotFoundError('技术需求')
  const capability = await findCapability(tx, input.capabilityId)
  if (!capability) throw new NotFoundError('服务能力')

  const typed = buildQuery(textOf(need), await termGroups(tx))
  const query = withLearned(typed, await learnedFor(tx, [...typed.weights.keys()]))
  const stats = await corpusStatsFor(tx, 'capability', [...query.weights.keys()])
  const record = (await trackRecords(tx, [capability], ctx.now())).get(capability.id)
  const { score, reasons } = scorePair({ query, asker: textOf(need), candidate: textOf(capability), stats, need: needFacts(need), capability: capabilityFacts(capability, record) })
  const now = ctx.now()
  const decision = { status: input.status, score, reasons: JSON.stringify(reasons), note: input.note ?? null, decidedBy: actor.personId, decidedAt: now }
  const existing = await findMatch(tx, input.needId, input.capabilityId)
  const match = existing
    ? await updateMatch(tx, existing.id, decision)
    : await insertMatch(tx, { id: ctx.newId(), needId: input.needId, capabilityId: input.capabilityId, createdAt: now, ...decision })
  if (existing?.status !== input.status) {
    await insertMatchHistory(tx, { id: ctx.newId(), matchId: match.id, actorId: actor.personId, at: now, fromStatus: existing?.status ?? null, toStatus: input.status, note: input.note ?? null })
  }
  if (input.status !== 'rejected' && (need.status === 'published' || need.status === 'matched')) {
    await updateNeedRow(tx, need.id, { status: 'shortlisted', updatedAt: now })
    const reason = `对接候选入围：${capability.title}`
    for (const entry of historyEntries({ changes: {}, fromStatus: need.status, toStatus: 'shortlisted' as const, reason, actorId: actor.personId, at: now, newId: ctx.newId })) {
      await insertNeedHistory(tx, { ...entry, needId: need.id })
    }
  }
  return { match, created: !existing }
}

/**
 * A pair the participants agreed on (an accepted 「我能解决」 or meeting request) becomes a shortlisted
 * match — unless a coordinator already shortlisted or accepted it, which it stays.
 */
export async function shortlistAgreedPair(tx: DbOrTx, ctx: ActionContext, actor: Actor, input: { needId: string; capabilityId: string; note: string }) {
  const existing = await findMatch(tx, input.needId, input.capabilityId)
  if (existing && (existing.status === 'shortlisted' || existing.status === 'accepted')) return { match: existing, created: false }
  return recordMatchDecision(tx, ctx, actor, { ...input, status: 'shortlisted' })
}
