import { sql, type Kysely } from 'kysely'

// Frozen once landed. What matching has learned from coordinators' decisions: a need's word and
// a capability's word that decided pairs bridged, with its strength and how many good pairs back
// it. Rebuilt whole from the decisions; read by the query's words.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table learned_terms (
    need_token text not null,
    capability_token text not null,
    strength real not null check (strength > 0 and strength <= 1),
    support integer not null check (support > 0),
    primary key (need_token, capability_token)
  )`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists learned_terms').execute(db)
}
