import type { OutboxRow } from '../db/tables/mail.ts'
import type { Envelope, MailTransport } from './dispatcher.ts'
import { headerText } from './headers.ts'

/**
 * Mail over HTTPS to a sending service's API, for runtimes that cannot keep an SMTP connection (SMTP
 * over TLS from workerd failed in every form tried). Two request shapes, chosen by configuration:
 * Resend's (`resend`: POST {from, to, subject, html, text, reply_to, headers, attachments}) and
 * Postmark's (`postmark`: POST {From, To, Subject, HtmlBody, TextBody, ReplyTo, Headers, Attachments}).
 * Neither lets a caller write the MIME tree, so a calendar message goes as an `invite.ics` attachment
 * of type `text/calendar; method=…` — which Outlook, Apple Mail and Gmail all take as an invite — and
 * keeps its own Message-ID, so resends and replies are recognised as before.
 */
export type MailApiFormat = 'resend' | 'postmark'

export function httpMailTransport(options: { url: string; key: string; format: MailApiFormat; fetch?: typeof fetch }): MailTransport {
  const send = options.fetch ?? fetch
  return {
    async send(message: OutboxRow, envelope: Envelope) {
      const body = options.format === 'postmark' ? postmarkBody(message, envelope) : resendBody(message, envelope)
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
      if (options.format === 'postmark') headers['x-postmark-server-token'] = options.key
      else headers.authorization = `Bearer ${options.key}`
      const response = await send(options.url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) })
      // Any answer but 2xx is a failed attempt: the dispatcher records it and tries again later.
      if (!response.ok) throw new Error(`mail API answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
    },
  }
}

const address = (name: string, email: string) => `"${headerText(name).replace(/["\\]/g, '')}" <${email}>`
const base64 = (text: string) => {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}
const calendar = (m: OutboxRow) => (m.ics && m.icsMethod ? { filename: 'invite.ics', content: base64(m.ics), type: `text/calendar; charset=utf-8; method=${m.icsMethod}` } : null)

function resendBody(m: OutboxRow, e: Envelope) {
  const ics = calendar(m)
  return {
    from: address(e.from.name, e.from.email), to: [address(m.toName, m.toEmail)], reply_to: e.replyTo,
    subject: headerText(m.subject), html: m.html, text: m.text, headers: { 'Message-ID': m.messageId },
    ...(ics ? { attachments: [{ filename: ics.filename, content: ics.content, content_type: ics.type }] } : {}),
  }
}

function postmarkBody(m: OutboxRow, e: Envelope) {
  const ics = calendar(m)
  return {
    From: address(e.from.name, e.from.email), To: address(m.toName, m.toEmail), ReplyTo: e.replyTo,
    Subject: headerText(m.subject), HtmlBody: m.html, TextBody: m.text, Headers: [{ Name: 'Message-ID', Value: m.messageId }], MessageStream: 'outbound',
    ...(ics ? { Attachments: [{ Name: ics.filename, Content: ics.content, ContentType: ics.type }] } : {}),
  }
}
