import { requireKnownTerms } from './places-and-chains.ts'
import { withTransaction } from '../db/transaction.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { createdEntry } from './history.ts'
import { textOf } from '../matching/documents.ts'
import { indexDocument } from '../matching/search-index.repository.ts'
import type { CreateCapability } from './capabilities.schemas.ts'
import { insertCapability, insertCapabilityHistory, replaceExperts } from './capabilities.repository.ts'
import { findOrganization } from './organizations.repository.ts'
import { requireMembers } from './require-members.ts'

export async function createCapability({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: CreateCapability }) {
  const organizationId = await owningProvider(ctx, actor, input.organizationId)
  await requireMembers(ctx, organizationId, input.expertIds, 'expertIds')
  const { organizationId: _, expertIds, ...fields } = input
  const now = ctx.now()
  await requireKnownTerms(ctx.db, [{ kind: 'industry_chain', path: 'industryChains', values: input.industryChains }, { kind: 'county', path: 'regionsServed', values: input.regionsServed }])
  return withTransaction(ctx.db, async (tx) => {
    const capability = await insertCapability(tx, { ...fields, id: ctx.newId(), organizationId, createdBy: actor.personId, createdAt: now, updatedAt: now })
    await replaceExperts(tx, capability.id, expertIds)
    await indexDocument(tx, 'capability', capability.id, null, textOf(capability))
    await insertCapabilityHistory(tx, { ...createdEntry(capability.status, actor.personId, now, ctx.newId()), capabilityId: capability.id })
    return capability
  })
}

async function owningProvider(ctx: ActionContext, actor: Actor, requested: string | undefined): Promise<string> {
  if (actor.role === 'enterprise') throw new ForbiddenError('企业不能发布服务能力 (enterprises do not offer capabilities)')
  if (actor.role === 'provider') {
    if (requested && requested !== actor.organizationId) throw new ForbiddenError('只能为本机构发布能力 (you can only add capabilities of your own organization)')
    return actor.organizationId
  }
  if (!requested) throw new ValidationError('请指定服务方机构 organizationId (organizationId is required)', [{ path: 'organizationId', message: '必填 (required)' }])
  const organization = await findOrganization(ctx.db, requested)
  if (!organization) throw new NotFoundError('机构')
  if (organization.kind !== 'provider') {
    throw new ValidationError('服务能力只能属于服务方 (capabilities belong to providers)', [{ path: 'organizationId', message: '不是服务方 (not a provider)' }])
  }
  return requested
}
