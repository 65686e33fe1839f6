import { sql, type Kysely } from 'kysely'

// Frozen once landed. Each capability row remembers the transaction that last wrote it, so a
// process that keeps the catalogue in memory for matching can read just what changed since its
// last look: the rows written by transactions not yet finished then (pg_snapshot_xmin) or since.
// A trigger, so that no write path — form, import, bulk load — can forget it.
// The same-chain-and-type look-up of the database path gets GIN indexes on its two arrays.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table capabilities add column changed_xid xid8 not null default pg_current_xact_id()`).execute(db)
  await sql.raw(`create function capabilities_touch() returns trigger language plpgsql as $$
    begin new.changed_xid := pg_current_xact_id(); return new; end $$`).execute(db)
  await sql.raw(`create trigger capabilities_touch before update on capabilities for each row execute function capabilities_touch()`).execute(db)
  await sql.raw(`create index capabilities_changed_idx on capabilities (changed_xid)`).execute(db)
  await sql.raw(`create index capabilities_chains_idx on capabilities using gin (industry_chains)`).execute(db)
  await sql.raw(`create index capabilities_types_idx on capabilities using gin (service_types)`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index if exists capabilities_types_idx', 'drop index if exists capabilities_chains_idx',
    'drop trigger if exists capabilities_touch on capabilities', 'drop function if exists capabilities_touch()',
    'drop index if exists capabilities_changed_idx', 'alter table capabilities drop column if exists changed_xid',
  ]) await sql.raw(statement).execute(db)
}
