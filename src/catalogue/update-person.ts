import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError } from '../errors.ts'
import { personConflict } from './create-person.ts'
import type { UpdatePerson } from './organizations.schemas.ts'
import { canSeePerson } from './person-access.ts'
import { findPerson, updatePersonRow } from './people.repository.ts'

export async function updatePerson({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdatePerson }) {
  const person = await findPerson(ctx.db, id)
  if (!person || !canSeePerson(actor, person)) throw new NotFoundError('人员')
  try {
    return await updatePersonRow(ctx.db, id, { ...input, updatedAt: ctx.now() })
  } catch (error) {
    throw personConflict(error) ?? error
  }
}
