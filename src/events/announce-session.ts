import { tablePlace } from './table-place.ts'
import { sessionEmail, type SessionEmailKind } from '../../emails/session-email.ts'
import type { DbOrTx } from '../db/database.ts'
import type { ActionContext } from '../deps.ts'
import { enqueueMail } from '../mail/outbox.repository.ts'
import { sessionInvite } from './calendar.ts'
import { sessionDetails } from './invites.repository.ts'
import { calendarAttendees, calendarSession, topicOf } from './session-calendar.ts'
import { organizerOf } from './session-invite.ts'

/**
 * Queues the e-mail a session change causes, one per attendee with an address, in the caller's
 * transaction: the invite when it is confirmed, an update when it moves, a cancellation when it
 * is called off, a reminder the day before. Invites, updates and cancellations carry the iTIP
 * file; the dedupe key (session, sequence, kind, person) keeps each from being queued twice.
 */
export async function announceSession(db: DbOrTx, ctx: ActionContext, sessionId: string, kind: SessionEmailKind) {
  const d = await sessionDetails(db, sessionId)
  if (!d) return
  const organizer = organizerOf(ctx, d)
  const itip = kind === 'reminder' ? null : sessionInvite({ session: calendarSession(d), organizer, attendees: calendarAttendees(d), stamp: ctx.now() })
  const parties = [...new Set(d.attendees.map((a) => a.organizationName).filter(Boolean))].join('、')
  const place = [d.venue, d.tableName ? tablePlace(d.tableName) : null].filter(Boolean).join(' ') || d.onlineUrl
  for (const a of d.attendees) {
    if (!a.email || (a.response === 'declined' && kind !== 'cancellation')) continue
    const mail = sessionEmail({
      kind, language: a.language, recipientName: a.name, eventTitle: d.eventTitle, topic: topicOf(d),
      startsAt: d.startsAt, endsAt: d.endsAt, timeZone: d.timeZone, place, parties, signature: { person: d.organizerEmail ? d.organizerName : null, association: ctx.association.name, contact: d.organizerEmail ?? ctx.association.contact ?? ctx.mailFrom.email },
    })
    const id = ctx.newId()
    await enqueueMail(db, {
      id, kind, dedupeKey: `session:${d.id}:${d.sequence}:${kind}:${a.personId}`, messageId: `<${id}@jinqiao>`,
      toEmail: a.email, toName: a.name, subject: mail.subject, html: mail.html, text: mail.text,
      ics: itip?.ics ?? null, icsMethod: itip?.method ?? null, nextAttemptAt: ctx.now(), createdAt: ctx.now(),
    })
  }
}
