import { sql, type Insertable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { OutboxTable } from '../db/tables/mail.ts'

/** Queues a message; the same dedupe key twice (a retried request, say) queues it once. */
export async function enqueueMail(db: DbOrTx, row: Insertable<OutboxTable>) {
  await db.insertInto('outbox').values(row).onConflict((oc) => oc.column('dedupeKey').doNothing()).execute()
}

/**
 * Takes up to `limit` due messages and leases them for `leaseMs`: a dispatcher that dies while
 * sending leaves them to be taken again once the lease runs out. SKIP LOCKED lets several
 * dispatchers share the queue without taking the same message.
 */
export async function claimDue(db: DbOrTx, now: Date, limit: number, leaseMs: number) {
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', 'in', ['pending', 'sending'])
    .where('nextAttemptAt', '<=', now)
    .orderBy('nextAttemptAt')
    .limit(limit)
    .forUpdate()
    .skipLocked()
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), nextAttemptAt: new Date(now.getTime() + leaseMs) }))
    .where('id', 'in', due)
    .returningAll()
    .execute()
}

export async function recordOutcome(
  db: DbOrTx,
  outcome: { id: string; attemptId: string; at: Date } & ({ ok: true } | { ok: false; error: string; retryAt: Date | null }),
) {
  await db.insertInto('mailAttempts').values({ id: outcome.attemptId, outboxId: outcome.id, at: outcome.at, ok: outcome.ok, error: outcome.ok ? null : outcome.error }).execute()
  if (outcome.ok) {
    await db.updateTable('outbox').set({ status: 'sent', sentAt: outcome.at, lastError: null }).where('id', '=', outcome.id).execute()
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
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<'pending' | 'sending' | 'sent' | 'failed', number>>
}
