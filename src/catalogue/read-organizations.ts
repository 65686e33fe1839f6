import type { ActionContext } from '../deps.ts'
import { toPage } from '../db/page.ts'
import { NotFoundError } from '../errors.ts'
import type { ListOrganizationsQuery } from './organizations.schemas.ts'
import { findOrganization, listOrganizationRows } from './organizations.repository.ts'

// The directory of organisations (name, kind, county, chains) is open to every signed-in user;
// their people's contact details are not (see person-access.ts).

export async function listOrganizations({ ctx, query }: { ctx: ActionContext; query: ListOrganizationsQuery }) {
  const { limit, cursor, ...filter } = query
  return toPage(await listOrganizationRows(ctx.db, filter, { limit, cursor }), limit)
}

export async function getOrganization({ ctx, id }: { ctx: ActionContext; id: string }) {
  const organization = await findOrganization(ctx.db, id)
  if (!organization) throw new NotFoundError('机构')
  return organization
}
