import { findOrganization } from '../catalogue/organizations.repository.ts'
import { getPerson } from '../catalogue/read-people.ts'
import type { ActionContext } from '../deps.ts'
import type { Actor } from './actor.ts'

/** The signed-in person as the pages need them: name, language, and the organisation they act for. */
export async function whoAmI({ ctx, actor }: { ctx: ActionContext; actor: Actor }) {
  const person = await getPerson({ ctx, actor, id: actor.personId })
  const organization = actor.organizationId ? await findOrganization(ctx.db, actor.organizationId) : undefined
  return {
    personId: actor.personId, role: actor.role, organizationId: actor.organizationId, name: person.name, email: person.email, language: person.language,
    organization: organization ? { name: organization.name, kind: organization.kind, providerType: organization.providerType } : null,
  }
}
