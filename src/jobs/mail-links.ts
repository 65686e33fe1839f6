import { invitationLinkFiller } from '../auth/invitations.ts'
import type { ActionContext } from '../deps.ts'
import type { OutboxRow } from '../db/tables/mail.ts'
import { answerLinkFiller } from '../events/answer-links.ts'
import { followUpLinkFiller } from '../events/follow-up-links.ts'

// Stored mail holds placeholders where its links go; each domain knows how to make its own links
// (answers, follow-ups, invitations), and the dispatcher asks here as each message goes out, so
// the outbox never keeps a credential.

const FILLERS = [answerLinkFiller, followUpLinkFiller, invitationLinkFiller]

export function mailLinkFinisher(ctx: ActionContext) {
  return async (message: OutboxRow): Promise<OutboxRow> => {
    const body = `${message.html}\n${message.text}`
    const links = new Map<string, string>()
    for (const filler of FILLERS) {
      for (const m of body.matchAll(filler.pattern)) if (!links.has(m[0])) links.set(m[0], await filler.make(ctx, m))
    }
    if (links.size === 0) return message
    const fill = (s: string) => s.replace(/\{\{[a-z-]+-link:[^}]+\}\}/g, (p) => links.get(p) ?? p)
    return { ...message, html: fill(message.html), text: fill(message.text) }
  }
}
