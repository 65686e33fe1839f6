import type { Actor } from '../auth/actor.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import { findOrganization } from '../catalogue/organizations.repository.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import type { RecordAgreement, RecordIntention } from './outcomes.schemas.ts'
import { exists, insertAgreement, insertIntention } from './outcomes.repository.ts'

/** The figures are the association's own report: staff are told so, not that "only coordinators record outcomes". */
export function requireFiguresReader(actor: Actor) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('统计数据由科协工作人员查看和发布 (the figures are the association’s: coordinators read them)')
}

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
