import { sql, type Kysely } from 'kysely'

// Frozen once landed. 「我能解决」(揭榜): a provider says one of its capabilities can solve a published
// need; the enterprise (or a coordinator) accepts it — a shortlisted pair — or declines it. The
// other side is told by e-mail.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table need_interests (
    id uuid primary key,
    need_id uuid not null references needs (id) on delete cascade,
    capability_id uuid not null references capabilities (id) on delete cascade,
    provider_id uuid not null references organizations (id),
    person_id uuid not null references people (id),
    note text not null,
    status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
    decided_by uuid references people (id),
    decided_at timestamptz,
    decision_note text,
    created_at timestamptz not null,
    unique (need_id, capability_id)
  )`).execute(db)
  await sql.raw('create index need_interests_provider_idx on need_interests (provider_id, created_at desc)').execute(db)
  await sql.raw(`alter table outbox drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code', 'interest'))`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`delete from outbox where kind = 'interest'`).execute(db)
  await sql.raw(`alter table outbox drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code'))`).execute(db)
  await sql.raw('drop table if exists need_interests').execute(db)
}
