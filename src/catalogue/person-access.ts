import type { Actor } from '../auth/actor.ts'
import type { PersonRow } from '../db/tables/organizations.ts'

/** Contact details are shared within an organisation and with coordinators, and nowhere else. */
export function canSeePerson(actor: Actor, person: Pick<PersonRow, 'id' | 'organizationId'>): boolean {
  return actor.role === 'coordinator' || actor.personId === person.id || (person.organizationId !== null && actor.organizationId === person.organizationId)
}
