import { followUpEmail } from '../../emails/follow-up-email.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import { withTransaction } from '../db/transaction.ts'
import { messageId } from '../mail/headers.ts'
import { enqueueMail } from '../mail/outbox.repository.ts'
import { announceSession } from './announce-session.ts'
import { followUpPlaceholder } from './follow-up-links.ts'
import { insertFollowUp, sessionsOwingFollowUp, sessionsStartingSoon } from './follow-ups.repository.ts'
import { sessionDetails, type SessionDetails } from './invites.repository.ts'
import { topicOf } from './session-calendar.ts'

// Mail that time causes rather than a person: run before each dispatch. Both are idempotent
// (dedupe keys, one follow-up row per attendee), so running them often sends nothing twice.

/** A reminder the day before, once per attendee and version of the session. */
export async function queueReminders(ctx: ActionContext): Promise<number> {
  const ids = await sessionsStartingSoon(ctx.db, ctx.now())
  for (const id of ids) await withTransaction(ctx.db, (tx) => announceSession(tx, ctx, id, 'reminder'))
  return ids.length
}

/** After a session, each attendee gets a link to say how it went, with no login. */
export async function queueFollowUps(ctx: ActionContext): Promise<number> {
  const owed = await sessionsOwingFollowUp(ctx.db, ctx.now())
  const details = new Map<string, SessionDetails>() // one look-up per session, not per attendee
  for (const { sessionId, personId } of owed) {
    if (!details.has(sessionId)) details.set(sessionId, (await sessionDetails(ctx.db, sessionId))!)
    const d = details.get(sessionId)!
    await withTransaction(ctx.db, async (tx) => {
      const id = ctx.newId()
      await insertFollowUp(tx, { id, sessionId, personId, tokenHash: null, createdAt: ctx.now() })
      await enqueueFollowUpMail(tx, ctx, d, personId, id, { id, dedupeKey: `follow-up:${sessionId}:${personId}` })
    })
  }
  return owed.length
}

/** The follow-up e-mail with its no-login link (made as it is sent), queued in the caller's transaction. */
export async function enqueueFollowUpMail(tx: DbOrTx, ctx: ActionContext, d: SessionDetails, personId: string, followUpId: string, mail: { id: string; dedupeKey: string }) {
  const a = d.attendees.find((x) => x.personId === personId)!
  const rendered = followUpEmail({
    language: a.language, recipientName: a.name, eventTitle: d.eventTitle, topic: topicOf(d),
    startsAt: d.startsAt, endsAt: d.endsAt, timeZone: d.timeZone, link: followUpPlaceholder(followUpId),
  })
  await enqueueMail(tx, {
    id: mail.id, kind: 'follow_up', dedupeKey: mail.dedupeKey, messageId: messageId(mail.id, ctx.mailFrom.email), toEmail: a.email!, toName: a.name,
    subject: rendered.subject, html: rendered.html, text: rendered.text, ics: null, icsMethod: null, nextAttemptAt: ctx.now(), createdAt: ctx.now(),
  })
}
