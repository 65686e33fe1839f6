import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

export interface TrackRecord {
  sessionsHeld: number
  agreements: number
  bookedThisMonth: number
}

/**
 * For each capability: sessions it has held, agreements its provider has signed, and sessions
 * booked for it in the current month (what is left of its monthly capacity). One grouped query
 * for all candidates: two index range scans, not a probe per candidate.
 */
export async function trackRecords(db: DbOrTx, capabilityIds: string[], now: Date): Promise<Map<string, TrackRecord>> {
  if (capabilityIds.length === 0) return new Map()
  const rows = await sql<{ id: string; held: number; agreements: number; booked: number }>`
    with candidates as (select id, organization_id from capabilities where id = any(${capabilityIds}::uuid[])),
    booked as (
      select capability_id,
        count(*) filter (where status = 'held')::int as held,
        count(*) filter (where status <> 'cancelled'
          and date_trunc('month', starts_at at time zone 'Asia/Shanghai') = date_trunc('month', ${now}::timestamptz at time zone 'Asia/Shanghai'))::int as booked
      from sessions where capability_id = any(${capabilityIds}::uuid[]) group by capability_id
    ),
    signed as (
      select provider_id, count(*)::int as n from agreements where provider_id in (select organization_id from candidates) group by provider_id
    )
    select c.id, coalesce(b.held, 0) as held, coalesce(s.n, 0) as agreements, coalesce(b.booked, 0) as booked
    from candidates c left join booked b on b.capability_id = c.id left join signed s on s.provider_id = c.organization_id
  `.execute(db)
  return new Map(rows.rows.map((r) => [r.id, { sessionsHeld: r.held, agreements: r.agreements, bookedThisMonth: r.booked }]))
}
