import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { NotFoundError } from '../errors.ts'
import { clashError } from './book-session.ts'
import { findAttendee, findSession, sessionsOf, setAttendeeResponse } from './events.repository.ts'

/**
 * An attendee accepts or declines a session. Declining frees their time at once (their row stops
 * taking part in the no-overlap constraint); accepting again must find that time still free.
 */
export async function respondToSession({ ctx, actor, id, response }: { ctx: ActionContext; actor: Actor; id: string; response: 'accepted' | 'declined' }) {
  const session = await findSession(ctx.db, id)
  const mine = session ? await findAttendee(ctx.db, id, actor.personId) : undefined
  if (!session || !mine) throw new NotFoundError('对接会')
  try {
    await withTransaction(ctx.db, (tx) => setAttendeeResponse(tx, id, actor.personId, response, response === 'accepted' && session.status !== 'cancelled'))
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error
    throw await clashError(ctx.db, session, { personIds: [actor.personId], tableId: null, exceptSessionId: id })
  }
  return (await sessionsOf(ctx.db, session.eventId, [id]))[0]!
}
