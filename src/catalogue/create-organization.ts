import { requireKnownTerms } from './places-and-chains.ts'
import { recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import { isCoordinator, type Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { uniqueViolation } from '../db/pg-errors.ts'
import { ConflictError, ForbiddenError } from '../errors.ts'
import type { CreateOrganization } from './organizations.schemas.ts'
import { insertOrganization } from './organizations.repository.ts'

export async function createOrganization({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: CreateOrganization }) {
  if (!isCoordinator(actor)) throw new ForbiddenError('只有科协工作人员可以登记机构 (only coordinators register organizations)')
  await requireKnownTerms(ctx.db, [
    // Providers may sit outside the association's area (a provincial society in Jinan); enterprises are its own.
    { kind: 'county', path: 'county', values: input.kind === 'enterprise' ? [input.county] : [] },
    { kind: 'industry_chain', path: 'industryChains', values: input.industryChains },
  ])
  const now = ctx.now()
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const row = await insertOrganization(tx, {
      id: ctx.newId(),
      kind: input.kind,
      providerType: input.kind === 'provider' ? input.providerType! : null,
      name: input.name,
      creditCode: input.creditCode ?? null,
      county: input.county,
      industryChains: input.industryChains,
      description: input.description,
      website: input.website ?? null,
      createdAt: now,
      updatedAt: now,
    })
      await recordChange(tx, ctx, actor, { entity: 'organization', entityId: row.id, action: 'created', changes: { ...input } })
      return row
    })
  } catch (error) {
    throw organizationConflict(error) ?? error
  }
}

/** A clear message for the two unique keys of an organisation. */
export function organizationConflict(error: unknown): ConflictError | undefined {
  const constraint = uniqueViolation(error)
  if (constraint === undefined) return undefined
  return constraint.includes('credit_code')
    ? new ConflictError('该统一社会信用代码已登记 (an organization with this credit code exists)')
    : new ConflictError('同名机构已存在 (an organization with this name exists)')
}
