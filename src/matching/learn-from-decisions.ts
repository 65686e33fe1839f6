import { sql } from 'kysely'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { learnAssociations } from './learning.ts'
import { labelledPairs, replaceLearnedTerms } from './learning.repository.ts'

/**
 * Learns again from every decision so far (and what became of the pairs), replacing what was
 * learned: run after coordinators decide. Nothing is learned before enough decisions back it.
 */
export async function relearnFromDecisions(ctx: ActionContext): Promise<{ pairs: number; associations: number }> {
  return withTransaction(ctx.db, async (tx) => {
    // One relearning at a time: two at once would each put back what the other cleared.
    await sql`lock table learned_terms in exclusive mode`.execute(tx)
    const pairs = await labelledPairs(tx)
    const associations = learnAssociations(pairs)
    await replaceLearnedTerms(tx, associations)
    return { pairs: pairs.length, associations: associations.length }
  })
}
