import { sql, type Kysely } from 'kysely'

// Frozen once landed. A ranking shown to a user also reads sessions and agreements (the track
// records), experts and providers' names. A process that keeps answers in memory must know when
// any of those changed, whichever process wrote: each write statement on those tables adds a row
// here carrying its transaction, read like the capabilities' changed_xid (rows written by
// transactions unfinished at the last look, or begun since). Append-only, so writers never wait
// on one another; rows older than a day are pruned.

const TABLES = ['sessions', 'agreements', 'capability_experts', 'people', 'organizations']

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table matching_input_changes (
    id bigint generated always as identity primary key,
    changed_xid xid8 not null default pg_current_xact_id(),
    changed_at timestamptz not null default now()
  )`).execute(db)
  await sql.raw(`create index matching_input_changes_xid_idx on matching_input_changes (changed_xid)`).execute(db)
  await sql.raw(`create function matching_input_changed() returns trigger language plpgsql as $$
    begin insert into matching_input_changes default values; return null; end $$`).execute(db)
  for (const table of TABLES) {
    await sql.raw(`create trigger ${table}_matching_input after insert or update or delete or truncate on ${table} for each statement execute function matching_input_changed()`).execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`drop trigger if exists ${table}_matching_input on ${table}`).execute(db)
  for (const statement of ['drop function if exists matching_input_changed()', 'drop table if exists matching_input_changes']) await sql.raw(statement).execute(db)
}
