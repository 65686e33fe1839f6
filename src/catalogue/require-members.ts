import type { ActionContext } from '../deps.ts'
import { ValidationError } from '../errors.ts'
import { peopleOfOrganization } from './people.repository.ts'

/** People named on a record (its contact, its experts) must belong to the record's organisation. */
export async function requireMembers(ctx: ActionContext, organizationId: string, personIds: string[], path: string): Promise<void> {
  const found = await peopleOfOrganization(ctx.db, organizationId, personIds)
  const missing = personIds.filter((id) => !found.some((p) => p.id === id))
  if (missing.length > 0) {
    throw new ValidationError('所列人员须是本机构人员 (people named must belong to the organization)', missing.map((id) => ({ path, message: `${id} 不属于本机构 (not in the organization)` })))
  }
}
