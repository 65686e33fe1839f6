import type { Actor } from '../auth/actor.ts'
import { changedFields, recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError } from '../errors.ts'
import { personConflict } from './create-person.ts'
import type { UpdatePerson } from './organizations.schemas.ts'
import { canSeePerson } from './person-access.ts'
import { findPerson, forgetSignIn, updatePersonRow } from './people.repository.ts'

export async function updatePerson({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: UpdatePerson }) {
  const person = await findPerson(ctx.db, id)
  if (!person || !canSeePerson(actor, person)) throw new NotFoundError('人员')
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const row = await updatePersonRow(tx, id, { ...input, updatedAt: ctx.now() })
      // A new address must be proved before it signs anyone in: the old sign-in ends, and an invitation to the new address starts the next.
      if (input.email !== undefined && input.email?.toLowerCase() !== person.email?.toLowerCase()) await forgetSignIn(tx, id)
      await recordChange(tx, ctx, actor, { entity: 'person', entityId: id, action: 'updated', changes: changedFields(person, input) })
      return row
    })
  } catch (error) {
    throw personConflict(error) ?? error
  }
}
