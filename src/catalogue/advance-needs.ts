import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import type { NeedStatus } from '../db/tables/catalogue.ts'
import { NotFoundError } from '../errors.ts'
import { historyEntries } from './history.ts'
import { FUNNEL, isFinal } from './need-status.ts'
import { findNeed, insertNeedHistory, updateNeedRow } from './needs.repository.ts'

/**
 * Moves needs up the funnel to `to` because a record says so (a match, a session, an outcome):
 * never back, never out of a final status, and never a draft that was not published. Each move
 * leaves a history row naming the record, in the caller's transaction.
 */
export async function advanceNeeds(db: DbOrTx, ctx: ActionContext, actor: Actor, needIds: string[], to: NeedStatus, reason: string) {
  for (const id of new Set(needIds)) {
    const need = await findNeed(db, id, { forUpdate: true })
    if (!need) throw new NotFoundError('技术需求')
    if (need.status === 'draft' || isFinal(need.status) || FUNNEL.indexOf(need.status) >= FUNNEL.indexOf(to)) continue
    const now = ctx.now()
    await updateNeedRow(db, id, { status: to, updatedAt: now })
    for (const entry of historyEntries({ changes: {}, fromStatus: need.status, toStatus: to, reason, actorId: actor.personId, at: now, newId: ctx.newId })) {
      await insertNeedHistory(db, { ...entry, needId: id })
    }
  }
}
