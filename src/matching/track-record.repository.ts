import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

export interface TrackRecord {
  sessionsHeld: number
  agreements: number
  bookedThisMonth: number
}

/** The calendar month around `now` in China Standard Time (UTC+8 all year, no daylight saving). */
export function monthAround(now: Date): { from: Date; to: Date } {
  const CST = 8 * 3600_000
  const local = new Date(now.getTime() + CST)
  return { from: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - CST), to: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - CST) }
}

/**
 * For each capability: sessions it has held, agreements its provider has signed, and sessions
 * booked for it in the current month (what is left of its monthly capacity). One statement of
 * two grouped index scans (sessions by capability, agreements by provider), whatever the count;
 * a capability with neither has zeros. It checks no access: callers rank only what the actor may
 * be suggested, and read the rows they show with the access rule.
 */
export async function trackRecords(db: DbOrTx, capabilities: readonly { id: string; organizationId: string }[], now: Date): Promise<Map<string, TrackRecord>> {
  const records = new Map(capabilities.map((c) => [c.id, { sessionsHeld: 0, agreements: 0, bookedThisMonth: 0 }]))
  if (capabilities.length === 0) return records
  const month = monthAround(now)
  const providers = [...new Set(capabilities.map((c) => c.organizationId))]
  const { rows } = await sql<{ kind: 'sessions' | 'agreements'; id: string; a: number; b: number }>`
    select 'sessions' as kind, capability_id::text as id, count(*) filter (where status = 'held')::int as a,
      count(*) filter (where status <> 'cancelled' and starts_at >= ${month.from} and starts_at < ${month.to})::int as b
    from sessions where capability_id = any(${[...records.keys()]}::uuid[]) group by capability_id
    union all
    select 'agreements', provider_id::text, count(*)::int, 0 from agreements where provider_id = any(${providers}::uuid[]) group by provider_id
  `.execute(db)
  const agreements = new Map<string, number>()
  for (const row of rows) {
    if (row.kind === 'agreements') agreements.set(row.id, row.a)
    else Object.assign(records.get(row.id)!, { sessionsHeld: row.a, bookedThisMonth: row.b })
  }
  for (const c of capabilities) records.get(c.id)!.agreements = agreements.get(c.organizationId) ?? 0
  return records
}
