import { sql, type Kysely } from 'kysely'

// Frozen once landed. Participants' preferences within an event, about the organisations they could
// meet there: must_meet raises the pair's value for the scheduler; no_thanks, from either side,
// means the pair is never scheduled.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table event_preferences (
    event_id uuid not null references events (id) on delete cascade,
    organization_id uuid not null references organizations (id),
    counterpart_id uuid not null references organizations (id),
    preference text not null check (preference in ('must_meet', 'meet', 'no_thanks')),
    set_by uuid not null references people (id),
    set_at timestamptz not null,
    primary key (event_id, organization_id, counterpart_id)
  )`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists event_preferences').execute(db)
}
