import { sql, type Kysely } from 'kysely'

// Frozen once landed. What the security review asked for in the schema:
// - an e-mail address is unique within an organisation (and among coordinators), not across them,
//   so that nobody learns from a refusal that an address belongs to someone elsewhere;
// - who changed what and when, for every record that has no history of its own;
// - follow-up links that are signed (a version to invalidate them on resend) and final once confirmed;
// - the outbox lease names its holder, so a restarted process takes back what it held at once.

const statements = [
  `drop index if exists people_email_key`,
  `create unique index people_email_per_org_key on people (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(email)) where email is not null`,
  `create index people_email_idx on people (lower(email)) where email is not null`,
  `create table audit_log (
    id uuid primary key,
    at timestamptz not null,
    actor_id uuid references people (id),
    entity text not null check (entity in ('organization', 'person', 'token', 'event', 'session', 'availability', 'vocabulary', 'calendar_feed', 'follow_up', 'match')),
    entity_id text not null,
    action text not null check (char_length(action) <= 40),
    changes jsonb not null default '{}'::jsonb
  )`,
  `create index audit_log_entity_idx on audit_log (entity, entity_id, at desc)`,
  `create index audit_log_at_idx on audit_log (at desc)`,
  `alter table follow_ups add column link_version integer not null default 0, alter column token_hash drop not null`,
  `alter table outbox add column leased_by text`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'alter table outbox drop column if exists leased_by', 'alter table follow_ups drop column if exists link_version', 'drop table if exists audit_log',
    'drop index if exists people_email_idx', 'drop index if exists people_email_per_org_key',
    'create unique index people_email_key on people (lower(email)) where email is not null',
  ]) {
    await sql.raw(s).execute(db)
  }
}
