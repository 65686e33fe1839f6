import { sql, type Insertable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { MailKind, OutboxStatus, OutboxTable } from '../db/tables/mail.ts'
import { likePattern, toPage, type PageRequest } from '../db/page.ts'

/**
 * Queues a message; the same dedupe key twice (a retried request, say) queues it once. A message
 * of a calendar thread (one session for one person) supersedes that thread's older versions not
 * yet sent: a client given SEQUENCE 2 and then 1 would keep the stale time. Says whether it was queued.
 */
export async function enqueueMail(db: DbOrTx, row: Insertable<OutboxTable>): Promise<boolean> {
  const inserted = await db.insertInto('outbox').values(row).onConflict((oc) => oc.column('dedupeKey').doNothing()).returning('id').execute()
  if (inserted.length === 0) return false
  if (row.thread && row.sequence != null) {
    await db.updateTable('outbox').set({ status: 'superseded' }).where('thread', '=', row.thread).where('sequence', '<', row.sequence).where('status', '=', 'pending').execute()
  }
  return true
}

/** Whether the person has already been sent a calendar file of this thread (else an "update" is their first invite). */
export async function threadDelivered(db: DbOrTx, thread: string) {
  return !!(await db.selectFrom('outbox').select('id').where('thread', '=', thread).where('status', '=', 'sent').where('ics', 'is not', null).limit(1).executeTakeFirst())
}

/**
 * Takes up to `limit` due messages and leases them for `leaseMs`: a dispatcher that dies while
 * sending leaves them to be taken again once the lease runs out. SKIP LOCKED lets several
 * dispatchers share the queue without taking the same message.
 */
export async function claimDue(db: DbOrTx, now: Date, limit: number, leaseMs: number, holder: string | null = null) {
  // An older version still waiting (or stuck in a dead dispatcher's lease) once a newer one of its thread exists is never sent.
  await db
    .updateTable('outbox as o')
    .set({ status: 'superseded' })
    .where('o.thread', 'is not', null)
    .where((eb) => eb.or([eb('o.status', '=', 'pending'), eb.and([eb('o.status', '=', 'sending'), eb('o.nextAttemptAt', '<=', now)])]))
    .where(({ exists, selectFrom }) => exists(selectFrom('outbox as n').select('n.id').whereRef('n.thread', '=', 'o.thread').whereRef('n.sequence', '>', 'o.sequence')))
    .execute()
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', 'in', ['pending', 'sending'])
    .where('nextAttemptAt', '<=', now)
    // While an older version of a thread is being sent, the newer one waits for it, so they arrive in order.
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('outbox as b').select('b.id').whereRef('b.thread', '=', 'outbox.thread').whereRef('b.id', '<>', 'outbox.id').where('b.status', '=', 'sending').where('b.nextAttemptAt', '>', now))))
    .orderBy('nextAttemptAt')
    .limit(limit)
    .forUpdate()
    .skipLocked()
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), nextAttemptAt: new Date(now.getTime() + leaseMs), leasedBy: holder }))
    .where('id', 'in', due)
    .returningAll()
    .execute()
    .then((rows) => rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.sequence ?? 0) - (b.sequence ?? 0)))
}

/** Keeps the lease on messages still waiting in this dispatcher's batch while it works through it. */
export async function renewLease(db: DbOrTx, ids: string[], until: Date) {
  if (ids.length) await db.updateTable('outbox').set({ nextAttemptAt: until }).where('id', 'in', ids).where('status', '=', 'sending').execute()
}

/**
 * At start-up: what this dispatcher held when its process died is due again at once, not when the
 * lease runs out. Its Message-ID is kept, so a message that did go out just before the crash
 * arrives twice as the same message, which clients and servers recognise.
 */
export async function releaseLeases(db: DbOrTx, holder: string, now: Date) {
  const released = await db.updateTable('outbox').set({ status: 'pending', nextAttemptAt: now, leasedBy: null }).where('status', '=', 'sending').where('leasedBy', '=', holder).returning('id').execute()
  return released.length
}

const ONE_TIME_SECRETS = ['password_reset', 'sign_in_code'] as const
const SCRUBBED = '（含一次性凭据，发送后不保留 — held a one-time secret, not kept once sent）'

export async function recordOutcome(
  db: DbOrTx,
  outcome: { id: string; attemptId: string; at: Date } & ({ ok: true } | { ok: false; error: string; retryAt: Date | null }),
) {
  await db.insertInto('mailAttempts').values({ id: outcome.attemptId, outboxId: outcome.id, at: outcome.at, ok: outcome.ok, error: outcome.ok ? null : outcome.error }).execute()
  if (outcome.ok) {
    await db.updateTable('outbox').set({ status: 'sent', sentAt: outcome.at, lastError: null }).where('id', '=', outcome.id).execute()
    // A reset link or a sign-in code is a credential that had to be in the mail: kept only until it is sent.
    await db.updateTable('outbox').set({ html: SCRUBBED, text: SCRUBBED }).where('id', '=', outcome.id).where('kind', 'in', ONE_TIME_SECRETS).execute()
  } else {
    await db
      .updateTable('outbox')
      .set({ status: outcome.retryAt ? 'pending' : 'failed', nextAttemptAt: outcome.retryAt ?? outcome.at, lastError: outcome.error.slice(0, 1000) })
      .where('id', '=', outcome.id)
      .execute()
  }
}

export async function outboxCounts(db: DbOrTx) {
  const rows = await db.selectFrom('outbox').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute()
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<OutboxStatus, number>>
}

export interface OutboxFilter { status?: OutboxStatus | undefined; kind?: string | undefined; q?: string | undefined }

/** The outbox as a coordinator reads it, newest first, one page at a time; bodies and calendar files stay in the table. */
export async function listOutboxRows(db: DbOrTx, filter: OutboxFilter, page: PageRequest) {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'kind', 'toEmail', 'toName', 'subject', 'status', 'attempts', 'lastError', 'nextAttemptAt', 'sentAt', 'createdAt'])
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.kind) query = query.where('kind', '=', filter.kind as MailKind)
  if (filter.q) query = query.where((eb) => eb.or([eb('toEmail', 'ilike', likePattern(filter.q!)), eb('toName', 'ilike', likePattern(filter.q!)), eb('subject', 'ilike', likePattern(filter.q!))]))
  if (page.cursor) query = query.where('id', '<', page.cursor)
  return toPage(await query.execute(), page.limit)
}

/**
 * Puts a failed message back in the queue, due now, with its attempts counted afresh (each
 * attempt stays in mail_attempts). Only a failed one: a sent message is not sent twice from here,
 * and a superseded one would carry a stale calendar version. Says whether it was re-queued.
 */
export async function requeueFailed(db: DbOrTx, id: string, now: Date) {
  const row = await db.updateTable('outbox').set({ status: 'pending', attempts: 0, nextAttemptAt: now }).where('id', '=', id).where('status', '=', 'failed').returning(['id', 'toEmail', 'subject']).executeTakeFirst()
  return row ?? null
}

export const outboxStatusOf = (db: DbOrTx, id: string) => db.selectFrom('outbox').select('status').where('id', '=', id).executeTakeFirst()
