import { sql, type Kysely } from 'kysely'

// Frozen once landed. Answers to invites as they arrive (through the API, a one-click link or a
// calendar client's iMIP REPLY), the replies the platform read from its mailbox, and the outbox's
// ordering by calendar thread: an unsent older version of a session's invite is superseded.

const statements = [
  `alter type outbox_status add value if not exists 'superseded'`,
  `alter table outbox add column thread text, add column sequence integer,
    drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest'))`,
  `create index outbox_thread_idx on outbox (thread, sequence) where thread is not null`,
  `create table session_answers (
    id uuid primary key,
    session_id uuid not null references sessions (id) on delete cascade,
    person_id uuid not null references people (id),
    answer text not null check (answer in ('accepted', 'declined', 'tentative', 'counter')),
    note text check (char_length(note) <= 1000),
    source text not null check (source in ('api', 'link', 'email')),
    sequence integer not null,
    answered_by uuid references people (id),
    at timestamptz not null,
    digested_at timestamptz
  )`,
  `create index session_answers_session_idx on session_answers (session_id, at)`,
  `create index session_answers_undigested_idx on session_answers (at) where digested_at is null and answer in ('declined', 'counter')`,
  `create table inbound_replies (
    id uuid primary key,
    message_id text not null unique,
    from_email text not null,
    received_at timestamptz not null,
    outcome text not null check (outcome in ('applied', 'stale', 'forged', 'unknown', 'refused', 'unreadable')),
    detail text not null,
    session_id uuid references sessions (id) on delete set null
  )`,
  `create table app_secrets (
    name text primary key,
    value text not null,
    created_at timestamptz not null
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of ['drop table if exists app_secrets', 'drop table if exists inbound_replies', 'drop table if exists session_answers', 'drop index if exists outbox_thread_idx', 'alter table outbox drop column if exists sequence, drop column if exists thread']) {
    await sql.raw(s).execute(db)
  }
}
