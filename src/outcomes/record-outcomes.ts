import type { Actor } from '../auth/actor.ts'
import { historyEntries } from '../catalogue/history.ts'
import { FUNNEL, isFinal } from '../catalogue/need-status.ts'
import { findNeed, insertNeedHistory, updateNeedRow } from '../catalogue/needs.repository.ts'
import { findOrganization } from '../catalogue/organizations.repository.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import type { NeedStatus } from '../db/tables/catalogue.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import type { RecordAgreement, RecordIntention } from './outcomes.schemas.ts'
import { exists, insertAgreement, insertIntention } from './outcomes.repository.ts'

export function requireCoordinator(actor: Actor) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以登记成果 (only coordinators record outcomes)')
}

/** The two parties must be an enterprise and a provider. */
async function requireParties(db: DbOrTx, enterpriseId: string, providerId: string) {
  const [e, p] = [await findOrganization(db, enterpriseId), await findOrganization(db, providerId)]
  if (!e || !p) throw new NotFoundError('机构')
  if (e.kind !== 'enterprise' || p.kind !== 'provider') {
    throw new ValidationError('合作双方应为一家企业和一家服务方 (an enterprise and a provider)', [{ path: 'enterpriseId', message: '须为企业与服务方' }])
  }
}

/**
 * Moves the needs concerned up the funnel to `to` (never back, never out of a final status),
 * recording each move, so "needs with an intention" is counted from the needs themselves.
 */
export async function advanceNeeds(db: DbOrTx, ctx: ActionContext, actor: Actor, needIds: string[], to: NeedStatus, reason: string) {
  for (const id of needIds) {
    const need = await findNeed(db, id, { forUpdate: true })
    if (!need) throw new NotFoundError('技术需求')
    if (isFinal(need.status) || FUNNEL.indexOf(need.status) >= FUNNEL.indexOf(to)) continue
    const now = ctx.now()
    await updateNeedRow(db, id, { status: to, updatedAt: now })
    for (const entry of historyEntries({ changes: {}, fromStatus: need.status, toStatus: to, reason, actorId: actor.personId, at: now, newId: ctx.newId })) {
      await insertNeedHistory(db, { ...entry, needId: id })
    }
  }
}

export async function recordIntention({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: RecordIntention }) {
  requireCoordinator(actor)
  return withTransaction(ctx.db, async (tx) => {
    await requireParties(tx, input.enterpriseId, input.providerId)
    const now = ctx.now()
    if (input.sessionId && !(await exists(tx, 'sessions', input.sessionId))) throw new NotFoundError('对接会')
    const row = await insertIntention(tx, { id: ctx.newId(), ...input, sessionId: input.sessionId ?? null, recordedBy: actor.personId, createdAt: now, updatedAt: now })
    await advanceNeeds(tx, ctx, actor, input.needIds, 'intention', '达成合作意向 (intention recorded)')
    return row
  })
}

export async function recordAgreement({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: RecordAgreement }) {
  requireCoordinator(actor)
  return withTransaction(ctx.db, async (tx) => {
    await requireParties(tx, input.enterpriseId, input.providerId)
    const now = ctx.now()
    if (input.intentionId && !(await exists(tx, 'intentions', input.intentionId))) throw new NotFoundError('合作意向')
    const row = await insertAgreement(tx, { id: ctx.newId(), ...input, intentionId: input.intentionId ?? null, recordedBy: actor.personId, createdAt: now, updatedAt: now })
    await advanceNeeds(tx, ctx, actor, input.needIds, 'agreement', '签订合作协议 (agreement signed)')
    return row
  })
}
