import type { ActionContext } from '../deps.ts'
import type { AnswerKind, AnswerSource } from '../db/tables/events.ts'
import { withTransaction } from '../db/transaction.ts'
import { RuleError } from '../errors.ts'
import { insertAnswer } from './answers.repository.ts'
import { clashError } from './book-session.ts'
import type { SessionRow } from '../db/tables/events.ts'
import { findEvent, setAttendeeResponse } from './events.repository.ts'

export interface Answer {
  session: SessionRow
  personId: string
  answer: AnswerKind
  note?: string | null
  source: AnswerSource
  /** Who gave the answer: the attendee, a colleague or a coordinator; null for a link or a mail from the attendee. */
  answeredBy: string | null
}

/**
 * Records an answer to an invite, whichever way it came (the API, a one-click link, a calendar
 * client's REPLY), and keeps it in the answers log the organizer reads. Declining frees the
 * attendee's time at once (their row stops taking part in the no-overlap constraint); accepting
 * again must find that time still free. A tentative answer or a counter-proposal changes nothing
 * but is passed on.
 */
export async function recordAnswer(ctx: ActionContext, a: Answer): Promise<void> {
  if (a.session.status === 'cancelled' && a.answer !== 'declined') throw new RuleError('session-cancelled', '该对接会已取消，无需答复 (the session is cancelled)')
  try {
    await withTransaction(ctx.db, async (tx) => {
      if (a.answer === 'accepted' || a.answer === 'declined') await setAttendeeResponse(tx, a.session.id, a.personId, a.answer, a.answer === 'accepted' && a.session.status !== 'cancelled')
      await insertAnswer(tx, { id: ctx.newId(), sessionId: a.session.id, personId: a.personId, answer: a.answer, note: a.note ?? null, source: a.source, sequence: a.session.sequence, answeredBy: a.answeredBy, at: ctx.now() })
    })
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error
    const event = (await findEvent(ctx.db, a.session.eventId))!
    throw await clashError(ctx.db, a.session, { personIds: [a.personId], tableId: null, exceptSessionId: a.session.id }, event.timeZone)
  }
}
