// What user text may become in a mail header: one line. A name or a title with a line break (or
// any control character) would otherwise start a new header or break the message for strict
// readers; nodemailer encodes non-ASCII text but passes control characters through.

export const headerText = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim()

/** A Message-ID on the sending domain (RFC 5322 §3.6.4): `<id@example.org>` for mail from x@example.org. */
export function messageId(id: string, fromEmail: string): string {
  const domain = fromEmail.slice(fromEmail.lastIndexOf('@') + 1).toLowerCase() || 'localhost'
  return `<${id}@${domain}>`
}
