import { sql, type Kysely } from 'kysely'

// Frozen once landed. A session may hold a group of matches (several needs and capabilities at
// one table), beside its main pair on the sessions row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table session_matches (
    session_id uuid not null references sessions (id) on delete cascade,
    need_id uuid not null references needs (id),
    capability_id uuid not null references capabilities (id),
    primary key (session_id, need_id, capability_id)
  )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists session_matches`.execute(db)
}
