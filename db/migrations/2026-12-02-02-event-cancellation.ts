import { sql, type Kysely } from 'kysely'

// Frozen once landed. A cancelled event keeps why and when, for the association's records.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events add column cancelled_at timestamptz, add column cancel_reason text check (char_length(cancel_reason) <= 500)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events drop column if exists cancel_reason, drop column if exists cancelled_at`.execute(db)
}
