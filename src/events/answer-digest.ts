import { answerDigestEmail } from '../../emails/answer-digest-email.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { messageId } from '../mail/headers.ts'
import { enqueueMail } from '../mail/outbox.repository.ts'
import { markDigested, undigestedAnswers } from './answers.repository.ts'
import { zonedParts } from './zoned-time.ts'

/** The local hour after which the day's declines go to the organizer in one mail. */
export const DIGEST_HOUR = 18

/**
 * One mail per event per day to its organizer, after 18:00 in the event's zone, listing the
 * declines and counter-proposals not yet reported. Answers that come later wait for the next
 * day's digest; the organizer sees every answer as it arrives in GET /events/{id}/answers.
 */
export async function queueAnswerDigests(ctx: ActionContext): Promise<number> {
  const now = ctx.now()
  const byEvent = Map.groupBy(await undigestedAnswers(ctx.db, now), (a) => a.eventId)
  let queued = 0
  for (const [eventId, answers] of byEvent) {
    const first = answers[0]!
    const local = zonedParts(now, first.timeZone)
    if (local.hour < DIGEST_HOUR) continue
    const organizer = await findPerson(ctx.db, first.organizerId)
    const day = local.date
    await withTransaction(ctx.db, async (tx) => {
      if (organizer?.email) {
        const mail = answerDigestEmail({
          language: organizer.language, recipientName: organizer.name, eventTitle: first.eventTitle, timeZone: first.timeZone, day,
          answers: answers.map((a) => ({ personName: a.personName, organizationName: a.organizationName, answer: a.answer as 'declined' | 'counter', note: a.note, startsAt: a.startsAt, endsAt: a.endsAt })),
          link: `${ctx.publicUrl}/api/v1/events/${eventId}/answers`,
        })
        const id = ctx.newId()
        const sent = await enqueueMail(tx, {
          id, kind: 'answer_digest', dedupeKey: `answer-digest:${eventId}:${day}`, messageId: messageId(id, ctx.mailFrom.email), toEmail: organizer.email, toName: organizer.name,
          subject: mail.subject, html: mail.html, text: mail.text, ics: null, icsMethod: null, nextAttemptAt: now, createdAt: now,
        })
        if (!sent) return // today's digest went out already: these wait for tomorrow's
        queued++
      }
      await markDigested(tx, answers.map((a) => a.id), now)
    })
  }
  return queued
}
