import type { OrganizationKind } from '../db/tables/organizations.ts'

/** Who is making a request, as the access rules see it. */
export type Actor =
  | { role: 'coordinator'; personId: string; organizationId: null }
  | { role: OrganizationKind; personId: string; organizationId: string }

export function isCoordinator(actor: Actor): boolean {
  return actor.role === 'coordinator'
}

/** Staff act for their own organisation only; coordinators act for everyone. */
export function actsFor(actor: Actor, organizationId: string): boolean {
  return actor.role === 'coordinator' || actor.organizationId === organizationId
}
