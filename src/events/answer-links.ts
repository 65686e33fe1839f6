import { appSecret } from '../auth/app-secrets.repository.ts'
import { compactUuid, expandUuid, signLink, verifyLink } from '../auth/signed-links.ts'
import type { ActionContext } from '../deps.ts'

// One-click answers in every invite: 「接受」, 「谢绝」 and 「另约时间」, each a signed link good for
// that one answer by that one attendee, expiring when the session ends. The stored mail holds a
// placeholder naming what the link is for; the link itself is made when the mail is sent, so the
// outbox never keeps a credential.

export type AnswerChoice = 'accept' | 'decline' | 'counter'
const CODE: Record<AnswerChoice, string> = { accept: 'a', decline: 'd', counter: 'c' }
const CHOICE: Record<string, AnswerChoice> = { a: 'accept', d: 'decline', c: 'counter' }
const PURPOSE = 'session-answer'
const SECRET = 'answer-links'

export const answerPlaceholder = (sessionId: string, personId: string, choice: AnswerChoice, expiresAt: Date) =>
  `{{answer-link:${sessionId}:${personId}:${choice}:${expiresAt.getTime()}}}`

const PLACEHOLDER = /\{\{answer-link:([0-9a-f-]{36}):([0-9a-f-]{36}):(accept|decline|counter):(\d{1,15})\}\}/g

export async function answerLink(ctx: ActionContext, sessionId: string, personId: string, choice: AnswerChoice, expiresAt: Date): Promise<string> {
  const token = await signLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, [compactUuid(sessionId), compactUuid(personId), CODE[choice]], expiresAt)
  return `${ctx.publicUrl}/answer/${token}`
}

/** Turns each answer placeholder of a mail into its signed link (for the mail finisher). */
export const answerLinkFiller = {
  pattern: PLACEHOLDER,
  make: (ctx: ActionContext, m: RegExpMatchArray) => answerLink(ctx, m[1]!, m[2]!, m[3] as AnswerChoice, new Date(Number(m[4]))),
}

export type ReadAnswerLink = { ok: true; sessionId: string; personId: string; choice: AnswerChoice } | { ok: false; reason: 'invalid' | 'expired' }

export async function readAnswerLink(ctx: ActionContext, token: string): Promise<ReadAnswerLink> {
  const verified = await verifyLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, token, ctx.now(), 3)
  if (!verified.ok) return verified
  const [s, p, c] = verified.fields
  const sessionId = expandUuid(s!)
  const personId = expandUuid(p!)
  const choice = CHOICE[c!]
  if (!sessionId || !personId || !choice) return { ok: false, reason: 'invalid' }
  return { ok: true, sessionId, personId, choice }
}
