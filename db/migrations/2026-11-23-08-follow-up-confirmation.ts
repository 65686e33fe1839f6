import { sql, type Kysely } from 'kysely'

// Frozen once landed. A coordinator confirms what an attendee reported after a session.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table follow_ups add column confirmed_by uuid references people (id)`.execute(db)
  await sql`alter table follow_ups add column confirmed_at timestamptz`.execute(db)
  await sql`alter table follow_ups add column intention_id uuid references intentions (id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of ['intention_id', 'confirmed_at', 'confirmed_by']) await sql.raw(`alter table follow_ups drop column if exists ${c}`).execute(db)
}
