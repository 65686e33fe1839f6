import { sessionEmail, type SessionEmailKind } from '../../emails/session-email.ts'
import type { DbOrTx } from '../db/database.ts'
import type { ActionContext } from '../deps.ts'
import { messageId } from '../mail/headers.ts'
import { enqueueMail, threadDelivered } from '../mail/outbox.repository.ts'
import { answerPlaceholder } from './answer-links.ts'
import { sessionInvite } from './calendar.ts'
import { sessionDetails } from './invites.repository.ts'
import { calendarAttendees, calendarSession, partiesOf, placeOf, topicOf } from './session-calendar.ts'
import { organizerOf } from './session-invite.ts'

/** One session for one person: the calendar object whose versions must reach them in order. */
export const sessionThread = (sessionId: string, personId: string) => `session:${sessionId}:${personId}`

/**
 * Queues the e-mail a session change causes, one per attendee with an address, in the caller's
 * transaction: the invite when it is confirmed, an update when it moves, a cancellation when it
 * is called off, a reminder before it. Invites, updates and cancellations carry the iTIP file in
 * the attendee's language, and all but a cancellation carry one-click answers. The dedupe key
 * (session, sequence, kind, person) keeps each from being queued twice; the thread and sequence
 * let a newer version supersede one not yet sent.
 */
export async function announceSession(db: DbOrTx, ctx: ActionContext, sessionId: string, kind: SessionEmailKind) {
  const d = await sessionDetails(db, sessionId)
  if (!d) return
  const organizer = organizerOf(ctx, d)
  const attendees = calendarAttendees(d)
  const itips = new Map<'zh' | 'en', ReturnType<typeof sessionInvite>>()
  const itip = (language: 'zh' | 'en') => {
    if (!itips.has(language)) itips.set(language, sessionInvite({ session: calendarSession(d, language), organizer, attendees, stamp: ctx.now() }))
    return itips.get(language)!
  }
  for (const a of d.attendees) {
    if (!a.email || (a.response === 'declined' && kind !== 'cancellation')) continue
    const thread = sessionThread(d.id, a.personId)
    // An update to someone whose invite never went out (it was superseded) is their invite.
    const as: SessionEmailKind = kind === 'update' && !(await threadDelivered(db, thread)) ? 'invite' : kind
    const calendar = as === 'reminder' ? null : itip(a.language)
    const link = (choice: 'accept' | 'decline' | 'counter') => answerPlaceholder(d.id, a.personId, choice, d.endsAt)
    const mail = sessionEmail({
      kind: as, language: a.language, recipientName: a.name, eventTitle: d.eventTitle, topic: topicOf(d),
      startsAt: d.startsAt, endsAt: d.endsAt, timeZone: d.timeZone, place: placeOf(d), parties: partiesOf(d), writtenAt: ctx.now(),
      signature: { person: d.organizerEmail ? d.organizerName : null, association: ctx.association.name, contact: d.organizerEmail ?? ctx.association.contact ?? ctx.mailFrom.email },
      answerLinks: d.status === 'cancelled' ? null : { accept: link('accept'), decline: link('decline'), counter: link('counter') },
    })
    const id = ctx.newId()
    await enqueueMail(db, {
      id, kind: as, dedupeKey: `session:${d.id}:${d.sequence}:${kind}:${a.personId}`, messageId: messageId(id, ctx.mailFrom.email),
      toEmail: a.email, toName: a.name, subject: mail.subject, html: mail.html, text: mail.text,
      ics: calendar?.ics ?? null, icsMethod: calendar?.method ?? null, thread, sequence: d.sequence, nextAttemptAt: ctx.now(), createdAt: ctx.now(),
    })
  }
}
