import { sql, type Kysely } from 'kysely'

// Frozen once landed. Meeting requests inside a docking event: a participant asks an invited
// organisation of the other kind to meet, about one of its own needs or capabilities (and maybe one
// of the other side's); the other side accepts — naming what it brings — or declines. An accepted
// request is a meeting the scheduler must place; a declined one keeps the pair out of its proposals.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table meeting_requests (
    id uuid primary key,
    event_id uuid not null references events (id) on delete cascade,
    from_organization_id uuid not null references organizations (id),
    to_organization_id uuid not null references organizations (id),
    requested_by uuid not null references people (id),
    need_id uuid references needs (id) on delete cascade,
    capability_id uuid references capabilities (id) on delete cascade,
    message text not null,
    status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
    answered_by uuid references people (id),
    answered_at timestamptz,
    answer_note text,
    created_at timestamptz not null,
    check (from_organization_id <> to_organization_id),
    check (status <> 'accepted' or (need_id is not null and capability_id is not null))
  )`).execute(db)
  await sql.raw('create index meeting_requests_event_idx on meeting_requests (event_id, status)').execute(db)
  await sql.raw('create index meeting_requests_from_idx on meeting_requests (from_organization_id, created_at desc)').execute(db)
  await sql.raw('create index meeting_requests_to_idx on meeting_requests (to_organization_id, created_at desc)').execute(db)
  await sql.raw(`alter table outbox drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code', 'interest', 'meeting_request'))`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`delete from outbox where kind = 'meeting_request'`).execute(db)
  await sql.raw(`alter table outbox drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code', 'interest'))`).execute(db)
  await sql.raw('drop table if exists meeting_requests').execute(db)
}
