import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'

export interface TrackRecord {
  sessionsHeld: number
  agreements: number
  bookedThisMonth: number
}

/**
 * For each capability: sessions it has held, agreements its provider has signed, and sessions
 * booked for it in the current month (what is left of its monthly capacity). One query for any
 * number of candidates.
 */
export async function trackRecords(db: DbOrTx, capabilityIds: string[], now: Date): Promise<Map<string, TrackRecord>> {
  if (capabilityIds.length === 0) return new Map()
  const rows = await sql<{ id: string; held: number; agreements: number; booked: number }>`
    select c.id,
      (select count(*) from sessions s where s.capability_id = c.id and s.status = 'held')::int as held,
      (select count(*) from agreements a where a.provider_id = c.organization_id)::int as agreements,
      (select count(*) from sessions s where s.capability_id = c.id and s.status <> 'cancelled'
         and date_trunc('month', s.starts_at at time zone 'Asia/Shanghai') = date_trunc('month', ${now}::timestamptz at time zone 'Asia/Shanghai'))::int as booked
    from capabilities c where c.id = any(${capabilityIds}::uuid[])
  `.execute(db)
  return new Map(rows.rows.map((r) => [r.id, { sessionsHeld: r.held, agreements: r.agreements, bookedThisMonth: r.booked }]))
}
