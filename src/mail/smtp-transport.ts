import nodemailer from 'nodemailer'
import type { OutboxRow } from '../db/tables/mail.ts'
import type { MailTransport } from './dispatcher.ts'
import { headerText } from './headers.ts'

/**
 * SMTP through nodemailer. A calendar message carries the file twice, as mail clients expect
 * (iMIP, RFC 6047): a text/calendar alternative whose method= equals the file's METHOD, and an
 * invite.ics attachment. nodemailer would say PUBLISH unless told, so the method is always set.
 */
export function smtpTransport(url: string): MailTransport & { close: () => void } {
  const transporter = nodemailer.createTransport(url)
  return {
    async send(message: OutboxRow, envelope) {
      await transporter.sendMail({
        from: { name: headerText(envelope.from.name), address: envelope.from.email },
        // RFC 6047 §2: answers go to the organizer, the mailbox the platform reads.
        replyTo: envelope.replyTo,
        to: { name: headerText(message.toName), address: message.toEmail },
        subject: headerText(message.subject),
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        ...(message.ics && message.icsMethod ? { icalEvent: { method: message.icsMethod, filename: 'invite.ics', content: message.ics } } : {}),
      })
    },
    close: () => transporter.close(),
  }
}
