import { z } from 'zod'
import type { ActionContext } from '../deps.ts'
import { prose } from '../http/common.schemas.ts'
import { ConflictError, DomainError } from '../errors.ts'
import { readAnswerLink, type AnswerChoice } from './answer-links.ts'
import { findSession } from './events.repository.ts'
import { sessionDetails, type SessionDetails } from './invites.repository.ts'
import { recordAnswer } from './record-answer.ts'

/** What the answer page may say: the note that goes with a decline or a proposed time. */
export const LinkAnswerForm = z.strictObject({
  note: prose(1000).optional().transform((s) => s || null),
})

export type LinkView =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'ready' | 'cancelled'; choice: AnswerChoice; details: SessionDetails; attendee: SessionDetails['attendees'][number] }

/** What a one-click link stands for now: nothing (forged, expired, no longer an attendee), or an answer to confirm. */
export async function viewAnswerLink(ctx: ActionContext, token: string): Promise<LinkView> {
  const link = await readAnswerLink(ctx, token)
  if (!link.ok) return { state: link.reason }
  const details = await sessionDetails(ctx.db, link.sessionId)
  const attendee = details?.attendees.find((a) => a.personId === link.personId)
  if (!details || !attendee) return { state: 'invalid' }
  if (details.endsAt <= ctx.now()) return { state: 'expired' }
  return { state: details.status === 'cancelled' ? 'cancelled' : 'ready', choice: link.choice, details, attendee }
}

export type LinkOutcome = LinkView | { state: 'done'; choice: AnswerChoice; details: SessionDetails; attendee: SessionDetails['attendees'][number] } | { state: 'clash'; message: string }

/** The answer, given by pressing the page's button (a GET never answers: mail scanners follow links). */
export async function answerByLink(ctx: ActionContext, token: string, form: z.infer<typeof LinkAnswerForm>): Promise<LinkOutcome> {
  const view = await viewAnswerLink(ctx, token)
  if (view.state !== 'ready') return view
  const session = (await findSession(ctx.db, view.details.id))!
  const answer = view.choice === 'accept' ? 'accepted' : view.choice === 'decline' ? 'declined' : 'counter'
  try {
    await recordAnswer(ctx, { session, personId: view.attendee.personId, answer, note: form.note, source: 'link', answeredBy: null })
  } catch (error) {
    if (error instanceof ConflictError) return { state: 'clash', message: error.message }
    if (error instanceof DomainError) return { state: 'cancelled', choice: view.choice, details: view.details, attendee: view.attendee }
    throw error
  }
  return { ...view, state: 'done' }
}
