import type { Actor } from '../auth/actor.ts'
import { historyEntries } from '../catalogue/history.ts'
import { isFinal } from '../catalogue/need-status.ts'
import { findNeed, insertNeedHistory, updateNeedRow } from '../catalogue/needs.repository.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import type { ResolveNeed } from './outcomes.schemas.ts'
import { exists, insertResolution, replaceResolution, resolutionOf } from './outcomes.repository.ts'
import { requireCoordinator } from './record-outcomes.ts'

/** Marks a need resolved, with how and the evidence; the need's status changes in the same transaction. */
export async function resolveNeed({ ctx, actor, needId, input }: { ctx: ActionContext; actor: Actor; needId: string; input: ResolveNeed }) {
  requireCoordinator(actor)
  return withTransaction(ctx.db, async (tx) => {
    const need = await findNeed(tx, needId, { forUpdate: true })
    if (!need) throw new NotFoundError('技术需求')
    if (isFinal(need.status)) throw new ConflictError('需求已结束；如需重新登记请先重新开启 (the need is already finished)')
    if (input.agreementId && !(await exists(tx, 'agreements', input.agreementId))) throw new NotFoundError('合作协议')
    if (input.sessionId && !(await exists(tx, 'sessions', input.sessionId))) throw new NotFoundError('对接会')
    const now = ctx.now()
    const fields = { how: input.how, agreementId: input.agreementId ?? null, sessionId: input.sessionId ?? null, evidence: input.evidence, resolvedOn: input.resolvedOn, recordedBy: actor.personId, updatedAt: now }
    const earlier = await resolutionOf(tx, needId)
    const row = earlier
      ? await replaceResolution(tx, earlier, fields, { versionId: ctx.newId(), personId: actor.personId, at: now })
      : await insertResolution(tx, { id: ctx.newId(), needId, ...fields, createdAt: now })
    await updateNeedRow(tx, needId, { status: 'resolved', updatedAt: now })
    for (const entry of historyEntries({ changes: {}, fromStatus: need.status, toStatus: 'resolved' as const, reason: input.evidence, actorId: actor.personId, at: now, newId: ctx.newId })) {
      await insertNeedHistory(tx, { ...entry, needId })
    }
    return row
  })
}
