import { requireKnownTerms } from './places-and-chains.ts'
import { withTransaction } from '../db/transaction.ts'
import { actsFor, type Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ConflictError, ForbiddenError, NotFoundError, RuleError, ValidationError } from '../errors.ts'
import { changedFields } from './changes.ts'
import { historyEntries } from './history.ts'
import { textChanged, textOf } from '../matching/documents.ts'
import { indexDocument } from '../matching/search-index.repository.ts'
import { requireMembers } from './require-members.ts'
import { needReadLevel } from './need-access.ts'
import { checkNeedTransition, isFinal } from './need-status.ts'
import type { UpdateNeed } from './needs.schemas.ts'
import { findNeed, insertNeedHistory, updateNeedRow } from './needs.repository.ts'

/** Edits a need and/or moves it along the funnel; each change is one history row, in one transaction. */
export async function updateNeed({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdateNeed }) {
  const { status, statusReason, ...fields } = input
  return withTransaction(ctx.db, async (tx) => {
    const need = await findNeed(tx, id, { forUpdate: true })
    if (!need || needReadLevel(actor, need) === 'none') throw new NotFoundError('技术需求')
    if (!actsFor(actor, need.organizationId)) throw new ForbiddenError('只能修改本企业的需求 (you can only edit your own enterprise’s needs)')

    const changes = changedFields(need, fields)
    // Only a changed value is checked, so a name retired from the list does not block other edits.
    await requireKnownTerms(tx, [
      { kind: 'county', path: 'county', values: fields.county && fields.county !== need.county ? [fields.county] : [] },
      { kind: 'industry_chain', path: 'industryChain', values: fields.industryChain && fields.industryChain !== need.industryChain ? [fields.industryChain] : [] },
    ])
    const budgetMin = fields.budgetMinYuan !== undefined ? fields.budgetMinYuan : need.budgetMinYuan
    const budgetMax = fields.budgetMaxYuan !== undefined ? fields.budgetMaxYuan : need.budgetMaxYuan
    if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
      throw new ValidationError('预算下限不能高于上限 (budgetMinYuan must not exceed budgetMaxYuan)', [{ path: 'budgetMinYuan', message: '高于上限' }])
    }
    const newStatus = status ?? need.status
    if (Object.keys(changes).length > 0 && isFinal(need.status) && isFinal(newStatus)) {
      throw new ConflictError('需求已结束，不能修改；如需修改请先重新开启 (the need is finished; reopen it first)')
    }
    if (fields.contactPersonId) await requireMembers({ ...ctx, db: tx }, need.organizationId, [fields.contactPersonId], 'contactPersonId')
    const transition = checkNeedTransition(actor, need.status, newStatus, statusReason)
    if (!transition.ok) {
      if (transition.kind === 'record') throw new RuleError('needs-a-record', transition.reason, [{ path: 'status', message: '由记录产生 (follows from a record)' }])
      if (transition.kind === 'forbidden') throw new ForbiddenError(transition.reason)
      throw new ValidationError(transition.reason, [{ path: 'statusReason', message: '必填 (required)' }])
    }
    if (Object.keys(changes).length === 0 && newStatus === need.status) return need

    const now = ctx.now()
    const updated = await updateNeedRow(tx, id, { ...fields, status: newStatus, updatedAt: now })
    if (textChanged(textOf(need), textOf(updated))) await indexDocument(tx, 'need', id, textOf(need), textOf(updated))
    const entries = historyEntries({ changes, fromStatus: need.status, toStatus: newStatus, reason: statusReason, actorId: actor.personId, at: now, newId: ctx.newId })
    for (const entry of entries) await insertNeedHistory(tx, { ...entry, needId: id })
    return updated
  })
}
