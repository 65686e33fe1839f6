import type { Db } from '../db/database.ts'
import type { OutboxRow } from '../db/tables/mail.ts'
import { claimDue, recordOutcome, renewLease } from './outbox.repository.ts'

/** What sends one message: SMTP in production (smtp-transport.ts); anything with this shape in tests. */
export interface MailTransport {
  send(message: OutboxRow, envelope: Envelope): Promise<void>
}

export interface Envelope {
  from: { name: string; email: string }
  replyTo: string
}

/**
 * Fills in what the stored message leaves out, just before it is sent: links that are credentials
 * (a stored body holds only what is needed to make them). Given by the layer that knows them.
 */
export type MailFinisher = (message: OutboxRow) => Promise<OutboxRow>

export const MAX_ATTEMPTS = 12
/** Long enough for one message; renewed after each, so a live dispatcher never loses its batch. */
export const LEASE_MS = 2 * 60 * 1000

/** 30 s, 1 min, 2 min, … at most an hour: a server that is down for a while is not hammered. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)
}

/**
 * Delivers what is due, once each: a message is leased before sending and marked sent after,
 * every attempt is recorded, a failure is retried later, and after MAX_ATTEMPTS it is failed.
 * Each message keeps one Message-ID across attempts, so a resend after an answer lost on the
 * way is recognisable as the same message by the receiving servers and clients.
 */
export async function dispatchDue(deps: { db: Db; transport: MailTransport; now: () => Date; newId: () => string; envelope: Envelope; finish?: MailFinisher; holder?: string }, limit = 50) {
  const claimed = await deps.db.transaction().execute((tx) => claimDue(tx, deps.now(), limit, LEASE_MS, deps.holder ?? null))
  let sent = 0
  let failed = 0
  for (const [i, message] of claimed.entries()) {
    if (i > 0) await renewLease(deps.db, claimed.slice(i).map((m) => m.id), new Date(deps.now().getTime() + LEASE_MS))
    try {
      await deps.transport.send(deps.finish ? await deps.finish(message) : message, deps.envelope)
      await recordOutcome(deps.db, { id: message.id, attemptId: deps.newId(), at: deps.now(), ok: true })
      sent++
    } catch (error) {
      const at = deps.now()
      const retryAt = message.attempts >= MAX_ATTEMPTS ? null : new Date(at.getTime() + backoffMs(message.attempts))
      await recordOutcome(deps.db, { id: message.id, attemptId: deps.newId(), at, ok: false, error: String((error as Error)?.message ?? error), retryAt })
      failed++
    }
  }
  return { claimed: claimed.length, sent, failed }
}
