import { requireKnownTerms } from './places-and-chains.ts'
import { withTransaction } from '../db/transaction.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { createdEntry } from './history.ts'
import { textOf } from '../matching/documents.ts'
import { indexDocument } from '../matching/search-index.repository.ts'
import type { CreateNeed } from './needs.schemas.ts'
import { insertNeed, insertNeedHistory } from './needs.repository.ts'
import { findOrganization } from './organizations.repository.ts'
import { requireMembers } from './require-members.ts'

export async function createNeed({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: CreateNeed }) {
  const organizationId = await owningEnterprise(ctx, actor, input.organizationId)
  if (input.contactPersonId) await requireMembers(ctx, organizationId, [input.contactPersonId], 'contactPersonId')
  const now = ctx.now()
  const { organizationId: _, ...fields } = input
  await requireKnownTerms(ctx.db, [{ kind: 'county', path: 'county', values: [input.county] }, { kind: 'industry_chain', path: 'industryChain', values: [input.industryChain] }])
  return withTransaction(ctx.db, async (tx) => {
    const need = await insertNeed(tx, { ...fields, id: ctx.newId(), organizationId, createdBy: actor.personId, createdAt: now, updatedAt: now })
    await indexDocument(tx, 'need', need.id, null, textOf(need))
    await insertNeedHistory(tx, { ...createdEntry(need.status, actor.personId, now, ctx.newId()), needId: need.id })
    return need
  })
}

/** Enterprise staff file for their own enterprise; coordinators name the enterprise. */
async function owningEnterprise(ctx: ActionContext, actor: Actor, requested: string | undefined): Promise<string> {
  if (actor.role === 'provider') throw new ForbiddenError('服务方不能发布技术需求 (providers do not file needs)')
  if (actor.role === 'enterprise') {
    if (requested && requested !== actor.organizationId) throw new ForbiddenError('只能为本企业发布需求 (you can only file needs for your own enterprise)')
    return actor.organizationId
  }
  if (!requested) throw new ValidationError('请指定需求方企业 organizationId (organizationId is required)', [{ path: 'organizationId', message: '必填 (required)' }])
  const organization = await findOrganization(ctx.db, requested)
  if (!organization) throw new NotFoundError('机构')
  if (organization.kind !== 'enterprise') {
    throw new ValidationError('技术需求只能属于企业 (needs belong to enterprises)', [{ path: 'organizationId', message: '不是企业 (not an enterprise)' }])
  }
  return requested
}
