import { sql, type Kysely } from 'kysely'

// Frozen once landed. Sign-in (better-auth, for authentication only): its users, sessions,
// accounts and verifications, each user tied to one of our people, who keep their
// organisations and roles here.

const statements = [
  `create table auth_users (
    id text primary key,
    name text not null,
    email text not null,
    email_verified boolean not null default false,
    image text,
    person_id uuid not null unique references people (id) on delete cascade,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create unique index auth_users_email_key on auth_users (lower(email))`,
  `create table auth_sessions (
    id text primary key,
    user_id text not null references auth_users (id) on delete cascade,
    token text not null unique,
    expires_at timestamptz not null,
    ip_address text,
    user_agent text,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index auth_sessions_user_idx on auth_sessions (user_id)`,
  `create table auth_accounts (
    id text primary key,
    user_id text not null references auth_users (id) on delete cascade,
    account_id text not null,
    provider_id text not null,
    access_token text, refresh_token text, id_token text,
    access_token_expires_at timestamptz, refresh_token_expires_at timestamptz,
    scope text,
    password text,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index auth_accounts_user_idx on auth_accounts (user_id)`,
  `create table auth_verifications (
    id text primary key,
    identifier text not null,
    value text not null,
    expires_at timestamptz not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index auth_verifications_identifier_idx on auth_verifications (identifier)`,
  // People get in by invitation: one live invitation a person, used once, expiring.
  `create table invitations (
    id uuid primary key,
    person_id uuid not null references people (id) on delete cascade,
    invited_by uuid references people (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    accepted_at timestamptz,
    revoked_at timestamptz
  )`,
  `create index invitations_person_idx on invitations (person_id, created_at desc)`,
  `alter table people add column access_disabled_at timestamptz`,
  `alter table outbox drop constraint outbox_kind_check,
    add constraint outbox_kind_check check (kind in ('invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table people drop column if exists access_disabled_at').execute(db)
  for (const t of ['invitations', 'auth_verifications', 'auth_accounts', 'auth_sessions', 'auth_users']) await sql.raw(`drop table if exists ${t}`).execute(db)
}
