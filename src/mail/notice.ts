import type { Rendered } from '../../emails/format.ts'
import type { DbOrTx } from '../db/database.ts'
import type { MailKind } from '../db/tables/mail.ts'
import { messageId } from './headers.ts'
import { enqueueMail } from './outbox.repository.ts'

/**
 * Queues a plain notice (no calendar file) to one person through the outbox; the same key twice
 * queues it once. A person without an e-mail address is skipped: the page still shows the news.
 */
export async function enqueueNotice(
  db: DbOrTx,
  ctx: { newId: () => string; now: () => Date; mailFrom: { email: string } },
  to: { email: string | null; name: string },
  message: { kind: MailKind; dedupeKey: string; mail: Rendered },
) {
  if (!to.email) return false
  const id = ctx.newId()
  return enqueueMail(db, {
    id, kind: message.kind, dedupeKey: message.dedupeKey, messageId: messageId(id, ctx.mailFrom.email), toEmail: to.email, toName: to.name,
    subject: message.mail.subject, html: message.mail.html, text: message.mail.text, ics: null, icsMethod: null, nextAttemptAt: ctx.now(), createdAt: ctx.now(),
  })
}
