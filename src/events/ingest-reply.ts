import type { ActionContext } from '../deps.ts'
import type { InboundOutcome } from '../db/tables/events.ts'
import { DomainError } from '../errors.ts'
import { colleagueByEmail } from '../catalogue/people.repository.ts'
import { latestAnswerAt } from './answers.repository.ts'
import { findSession } from './events.repository.ts'
import { inboundSeen, recordInbound } from './inbound-replies.repository.ts'
import { sessionDetails } from './invites.repository.ts'
import { readItipAnswers, readReplyMail, type ItipAnswer } from './itip-reply.ts'
import { recordAnswer } from './record-answer.ts'

/**
 * One mail from the reply mailbox: the attendee's Accept, Decline or Tentative from their calendar
 * client, recorded as their answer, or a COUNTER (another time) passed to the organizer. Applied
 * only when the UID is one of our sessions, the ATTENDEE is one of its attendees, the mail comes
 * from that attendee's own address (or from a colleague named as SENT-BY), and it answers the current version (its SEQUENCE) and is not
 * older than an answer already recorded. Each Message-ID is read once, whatever the outcome.
 */
export async function ingestReply(ctx: ActionContext, raw: Buffer | string): Promise<{ outcome: InboundOutcome; detail: string }> {
  let mail
  try {
    mail = await readReplyMail(raw)
  } catch (error) {
    return save(ctx, null, null, 'unreadable', `邮件无法解析 (unparseable mail): ${(error as Error).message}`, null)
  }
  const messageId = mail.messageId ?? `no-message-id:${await digest(raw)}`
  if (await inboundSeen(ctx.db, messageId)) return { outcome: 'applied', detail: '已处理过 (already read)' }
  if (mail.calendars.length === 0) return save(ctx, messageId, mail.from, 'unreadable', '没有日历答复，可能是人工回信 (no calendar reply; perhaps a written answer)', null)
  // The same calendar often comes twice (inline and attached): the first one that reads is the answer.
  const reads = mail.calendars.map(readItipAnswers)
  const read = reads.find((r) => 'answers' in r)
  if (!read || !('answers' in read)) return save(ctx, messageId, mail.from, 'unreadable', (reads[0] as { error: string }).error, null)
  let last = { outcome: 'unreadable' as InboundOutcome, detail: '', sessionId: null as string | null }
  for (const answer of read.answers) last = await apply(ctx, mail.from, answer)
  return save(ctx, messageId, mail.from, last.outcome, last.detail, last.sessionId)
}

async function apply(ctx: ActionContext, from: string | null, a: ItipAnswer): Promise<{ outcome: InboundOutcome; detail: string; sessionId: string | null }> {
  const sessionId = /^([0-9a-f-]{36})@jinqiao$/i.exec(a.uid)?.[1]?.toLowerCase()
  const details = sessionId ? await sessionDetails(ctx.db, sessionId) : undefined
  if (!sessionId || !details) return { outcome: 'unknown', detail: `不是本平台的对接会 (UID ${a.uid.slice(0, 100)} is not ours)`, sessionId: null }
  const attendee = details.attendees.find((x) => x.email?.toLowerCase() === a.attendee)
  if (!attendee) return { outcome: 'unknown', detail: `${a.attendee} 不是该对接会的参会人 (not an attendee)`, sessionId }
  // The attendee themselves, or a colleague of theirs who says so (SENT-BY): a society's secretary answering for its expert.
  const delegate = from && from !== a.attendee && a.sentBy === from && attendee.organizationId ? await colleagueByEmail(ctx.db, attendee.organizationId, from) : undefined
  if (from !== a.attendee && !delegate) return { outcome: 'forged', detail: `发件人 ${from ?? '—'} 不是参会人 ${a.attendee} (sender is not the attendee)`, sessionId }
  if (a.sequence < details.sequence) return { outcome: 'stale', detail: `答复的是旧版本（SEQUENCE ${a.sequence}，现为 ${details.sequence}）(answers an older version)`, sessionId }
  const latest = await latestAnswerAt(ctx.db, sessionId, attendee.personId)
  if (a.stamp && latest && a.stamp < latest) return { outcome: 'stale', detail: '比已记录的答复更早 (older than the answer already recorded)', sessionId }
  const session = (await findSession(ctx.db, sessionId))!
  const kind = a.method === 'COUNTER' ? 'counter' : a.partstat === 'accepted' ? 'accepted' : a.partstat === 'declined' ? 'declined' : a.partstat === 'tentative' ? 'tentative' : null
  if (!kind) return { outcome: 'unreadable', detail: '答复中没有接受或谢绝 (no PARTSTAT to record)', sessionId }
  const note = [a.proposed && `建议时间 (proposed)：${a.proposed}`, a.comment].filter(Boolean).join('；') || null
  try {
    await recordAnswer(ctx, { session, personId: attendee.personId, answer: kind, note, source: 'email', answeredBy: delegate?.id ?? null })
  } catch (error) {
    if (error instanceof DomainError) return { outcome: 'refused', detail: error.message, sessionId }
    throw error
  }
  return { outcome: 'applied', detail: `${attendee.name}：${kind}`, sessionId }
}

async function save(ctx: ActionContext, messageId: string | null, from: string | null, outcome: InboundOutcome, detail: string, sessionId: string | null) {
  await recordInbound(ctx.db, { id: ctx.newId(), messageId: messageId ?? `unreadable:${ctx.newId()}`, fromEmail: (from ?? '').slice(0, 320), receivedAt: ctx.now(), outcome, detail: detail.slice(0, 1000), sessionId })
  return { outcome, detail }
}

async function digest(raw: Buffer | string): Promise<string> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : new Uint8Array(raw)
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32)
}
