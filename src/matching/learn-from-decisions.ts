import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { learnAssociations } from './learning.ts'
import { labelledPairs, learnedOverview, lockLearning, replaceLearnedTerms } from './learning.repository.ts'
import type { Actor } from '../auth/actor.ts'
import { ForbiddenError } from '../errors.ts'
import { LEARNING } from './weights.ts'

/**
 * Learns again from every decision so far (and what became of the pairs), replacing what was
 * learned: run after coordinators decide. Nothing is learned before enough decisions back it.
 */
export async function relearnFromDecisions(ctx: ActionContext): Promise<{ pairs: number; associations: number }> {
  return withTransaction(ctx.db, async (tx) => {
    await lockLearning(tx)
    const pairs = await labelledPairs(tx)
    const associations = learnAssociations(pairs)
    await replaceLearnedTerms(tx, associations)
    return { pairs: pairs.length, associations: associations.length }
  })
}

/** What matching has learned so far, for the coordinators who teach it. */
export async function learnedTerms({ ctx, actor }: { ctx: ActionContext; actor: Actor }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以查看学到的词 (coordinators only)')
  const overview = await learnedOverview(ctx.db, 500)
  return { ...overview, minDecisions: LEARNING.minDecisions }
}
