import { sql } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import { readableBy } from '../catalogue/catalogue.sql.ts'
import { LISTED_CAPABILITY_STATUSES } from '../catalogue/capabilities.repository.ts'
import type { DbOrTx } from '../db/database.ts'

export interface TrackRecord {
  sessionsHeld: number
  agreements: number
  bookedThisMonth: number
}

/** The calendar month around `now` in China Standard Time (UTC+8 all year, no daylight saving). */
function monthAround(now: Date): { from: Date; to: Date } {
  const CST = 8 * 3600_000
  const local = new Date(now.getTime() + CST)
  return { from: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - CST), to: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - CST) }
}

/**
 * For each capability: sessions it has held, agreements its provider has signed, and sessions
 * booked for it in the current month (what is left of its monthly capacity). Index look-ups per
 * candidate, in one statement; with `listedFor`, only the listed capabilities that actor may
 * read — the access check and the records at once.
 */
export async function trackRecords(db: DbOrTx, capabilityIds: string[], now: Date, listedFor?: Actor): Promise<Map<string, TrackRecord>> {
  if (capabilityIds.length === 0) return new Map()
  const readable = listedFor ? sql`and c.status in (${sql.join(LISTED_CAPABILITY_STATUSES.map((s) => sql.lit(s)))}) and ${readableBy(listedFor, LISTED_CAPABILITY_STATUSES)}` : sql``
  const month = monthAround(now)
  const rows = await sql<{ id: string; held: number; agreements: number; booked: number }>`
    select c.id,
      (select count(*) from sessions s where s.capability_id = c.id and s.status = 'held')::int as held,
      (select count(*) from sessions s where s.capability_id = c.id and s.status <> 'cancelled' and s.starts_at >= ${month.from} and s.starts_at < ${month.to})::int as booked,
      (select count(*) from agreements a where a.provider_id = c.organization_id)::int as agreements
    from capabilities c where c.id = any(${capabilityIds}::uuid[]) ${readable}
  `.execute(db)
  return new Map(rows.rows.map((r) => [r.id, { sessionsHeld: r.held, agreements: r.agreements, bookedThisMonth: r.booked }]))
}
