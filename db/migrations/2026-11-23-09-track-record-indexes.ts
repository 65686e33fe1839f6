import { sql, type Kysely } from 'kysely'

// Frozen once landed. Matching reads each candidate's track record on every query.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index sessions_capability_idx on sessions (capability_id, status)`.execute(db)
  await sql`create index agreements_provider_idx on agreements (provider_id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists agreements_provider_idx`.execute(db)
  await sql`drop index if exists sessions_capability_idx`.execute(db)
}
