import { sql, type Kysely } from 'kysely'

// Frozen once landed. The outbox: every e-mail is written in the same transaction as the change
// that causes it, and a dispatcher delivers it, retrying with back-off and recording each attempt.

const statements = [
  `alter table sessions add column announced boolean not null default false`,
  `create type outbox_status as enum ('pending', 'sending', 'sent', 'failed')`,
  `create table outbox (
    id uuid primary key,
    kind text not null check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up')),
    dedupe_key text not null unique,
    message_id text not null unique,
    to_email text not null,
    to_name text not null,
    subject text not null,
    html text not null,
    text text not null,
    ics text,
    ics_method text check (ics_method in ('REQUEST', 'CANCEL')),
    status outbox_status not null default 'pending',
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error text,
    sent_at timestamptz,
    created_at timestamptz not null
  )`,
  `create index outbox_due_idx on outbox (next_attempt_at) where status in ('pending', 'sending')`,
  `create table mail_attempts (
    id uuid primary key,
    outbox_id uuid not null references outbox (id) on delete cascade,
    at timestamptz not null,
    ok boolean not null,
    error text
  )`,
  `create index mail_attempts_outbox_idx on mail_attempts (outbox_id, at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of ['drop table if exists mail_attempts', 'drop table if exists outbox', 'drop type if exists outbox_status', 'alter table sessions drop column if exists announced']) {
    await sql.raw(s).execute(db)
  }
}
