import { requireKnownTerms } from './places-and-chains.ts'
import { changedFields, recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import { actsFor, type Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { organizationConflict } from './create-organization.ts'
import type { UpdateOrganization } from './organizations.schemas.ts'
import { findOrganization, updateOrganizationRow } from './organizations.repository.ts'

export async function updateOrganization({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdateOrganization }) {
  const current = await findOrganization(ctx.db, id)
  if (!current) throw new NotFoundError('机构')
  if (!actsFor(actor, id)) throw new ForbiddenError('只能修改本机构的信息 (you can only edit your own organization)')
  if (input.providerType && current.kind !== 'provider') {
    throw new ValidationError('企业没有服务方类型 (an enterprise has no providerType)', [{ path: 'providerType', message: '企业不适用' }])
  }
  await requireKnownTerms(ctx.db, [
    { kind: 'county', path: 'county', values: current.kind === 'enterprise' && input.county && input.county !== current.county ? [input.county] : [] },
    { kind: 'industry_chain', path: 'industryChains', values: (input.industryChains ?? []).filter((c) => !current.industryChains.includes(c)) },
  ])
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const row = await updateOrganizationRow(tx, id, { ...input, updatedAt: ctx.now() })
      await recordChange(tx, ctx, actor, { entity: 'organization', entityId: id, action: 'updated', changes: changedFields(current, input) })
      return row
    })
  } catch (error) {
    throw organizationConflict(error) ?? error
  }
}
