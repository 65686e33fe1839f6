import { sql, type Kysely } from 'kysely'

// Frozen once landed. Private calendar feeds (a secret URL per person, revocable) and the
// follow-up asked of each attendee after a session, answered through a tokenised link.

const statements = [
  `create table calendar_feeds (
    id uuid primary key,
    person_id uuid not null references people (id),
    token_hash text not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
  )`,
  `create unique index calendar_feeds_one_live_idx on calendar_feeds (person_id) where revoked_at is null`,
  `create table follow_ups (
    id uuid primary key,
    session_id uuid not null references sessions (id),
    person_id uuid not null references people (id),
    token_hash text not null unique,
    created_at timestamptz not null,
    responded_at timestamptz,
    held boolean,
    usefulness smallint check (usefulness between 1 and 5),
    intention boolean,
    next_step text,
    unique (session_id, person_id)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['follow_ups', 'calendar_feeds']) await sql.raw(`drop table if exists ${t}`).execute(db)
}
