import { sql, type Kysely } from 'kysely'

// Frozen once landed. What matching has learned from coordinators' decisions: a need's word and
// a capability's word that decided pairs bridged, with its strength and how many good pairs back
// it. Rebuilt whole from the decisions; read by the query's words.
// And a version per thing matching reads besides the catalogue (the term list, what was learned),
// bumped by a trigger on every write, so that a process keeping them in memory knows, from one
// number, when to read them again — whichever process wrote, whatever the clocks say.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table learned_terms (
    need_token text not null,
    capability_token text not null,
    strength real not null check (strength > 0 and strength <= 1),
    support integer not null check (support > 0),
    primary key (need_token, capability_token)
  )`).execute(db)
  await sql.raw(`create table matching_versions (name text primary key, version bigint not null default 0)`).execute(db)
  await sql.raw(`insert into matching_versions (name) values ('match_terms'), ('learned_terms')`).execute(db)
  await sql.raw(`create function matching_versions_bump() returns trigger language plpgsql as $$
    begin update matching_versions set version = version + 1 where name = tg_table_name; return null; end $$`).execute(db)
  for (const table of ['match_terms', 'learned_terms']) {
    await sql.raw(`create trigger ${table}_version after insert or update or delete or truncate on ${table} for each statement execute function matching_versions_bump()`).execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop trigger if exists learned_terms_version on learned_terms', 'drop trigger if exists match_terms_version on match_terms',
    'drop function if exists matching_versions_bump()', 'drop table if exists matching_versions', 'drop table if exists learned_terms',
  ]) await sql.raw(statement).execute(db)
}
