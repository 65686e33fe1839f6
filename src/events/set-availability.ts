import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { SetAvailability } from './events.schemas.ts'
import { replaceAvailability } from './events.repository.ts'
import { getEvent } from './read-events.ts'

/** A participant says when they can come (replacing what they said before); no windows means any time. */
export async function setAvailability({ ctx, actor, eventId, input }: { ctx: ActionContext; actor: Actor; eventId: string; input: SetAvailability }) {
  await getEvent({ ctx, actor, id: eventId })
  const personId = input.personId ?? actor.personId
  const person = await findPerson(ctx.db, personId)
  if (!person) throw new NotFoundError('人员')
  if (actor.role !== 'coordinator' && person.organizationId !== actor.organizationId) {
    throw new ForbiddenError('只能为本机构人员填写可到场时间 (only for people of your own organization)')
  }
  const windows = input.windows.map((w) => ({ id: ctx.newId(), startsAt: w.startsAt, endsAt: w.endsAt }))
  await withTransaction(ctx.db, async (tx) => {
    await replaceAvailability(tx, eventId, personId, windows)
    await recordChange(tx, ctx, actor, { entity: 'availability', entityId: `${eventId}:${personId}`, action: 'set', changes: { eventId, personId, windows: windows.map((w) => [w.startsAt, w.endsAt]) } })
  })
  return { personId, windows: windows.map((w) => ({ startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString() })) }
}
