import { requireKnownTerms } from './places-and-chains.ts'
import { withTransaction } from '../db/transaction.ts'
import { actsFor, type Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { UpdateCapability } from './capabilities.schemas.ts'
import { expertsOf, findCapability, insertCapabilityHistory, replaceExperts, updateCapabilityRow } from './capabilities.repository.ts'
import { capabilityReadLevel } from './capability-access.ts'
import { changedFields } from './changes.ts'
import { historyEntries } from './history.ts'
import { textChanged, textOf } from '../matching/documents.ts'
import { indexDocument } from '../matching/search-index.repository.ts'
import { requireMembers } from './require-members.ts'

/** Edits a capability (its experts included) and/or its status, recording each change. */
export async function updateCapability({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdateCapability }) {
  const { status, statusReason, expertIds, ...fields } = input
  return withTransaction(ctx.db, async (tx) => {
    const txCtx = { ...ctx, db: tx }
    const capability = await findCapability(tx, id, { forUpdate: true })
    if (!capability || capabilityReadLevel(actor, capability) === 'none') throw new NotFoundError('服务能力')
    if (!actsFor(actor, capability.organizationId)) throw new ForbiddenError('只能修改本机构的服务能力 (you can only edit your own organization’s capabilities)')

    const before = { ...capability, expertIds: (await expertsOf(tx, [id])).map((e) => e.id).sort() }
    const changes = changedFields(before, { ...fields, expertIds: expertIds ? [...expertIds].sort() : undefined })
    await requireKnownTerms(tx, [
      { kind: 'industry_chain', path: 'industryChains', values: (fields.industryChains ?? []).filter((c) => !capability.industryChains.includes(c)) },
      { kind: 'county', path: 'regionsServed', values: (fields.regionsServed ?? []).filter((c) => !capability.regionsServed.includes(c)) },
    ])
    if (expertIds) await requireMembers(txCtx, capability.organizationId, expertIds, 'expertIds')
    const newStatus = status ?? capability.status
    if (Object.keys(changes).length === 0 && newStatus === capability.status) return capability

    const now = ctx.now()
    const updated = await updateCapabilityRow(tx, id, { ...fields, status: newStatus, updatedAt: now })
    if (expertIds) await replaceExperts(tx, id, expertIds)
    if (textChanged(textOf(capability), textOf(updated))) await indexDocument(tx, 'capability', id, textOf(capability), textOf(updated))
    const entries = historyEntries({ changes, fromStatus: capability.status, toStatus: newStatus, reason: statusReason, actorId: actor.personId, at: now, newId: ctx.newId })
    for (const entry of entries) await insertCapabilityHistory(tx, { ...entry, capabilityId: id })
    return updated
  })
}
