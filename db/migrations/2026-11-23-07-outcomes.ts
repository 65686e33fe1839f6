import { sql, type Kysely } from 'kysely'

// Frozen once landed. Outcomes: cooperation intentions, agreements, and the resolution of needs.
// Corrections never erase: every change keeps the previous version in outcome_versions.

const AGREEMENT_KINDS = `'development','transfer','licensing','consulting','service','joint_platform','talent_training','service_station'`

const statements = [
  `create table intentions (
    id uuid primary key,
    enterprise_id uuid not null references organizations (id),
    provider_id uuid not null references organizations (id),
    session_id uuid references sessions (id),
    need_ids text[] not null default '{}',
    stated_on date not null,
    description text not null,
    recorded_by uuid not null references people (id),
    version integer not null default 1,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index intentions_stated_idx on intentions (stated_on)`,
  `create table agreements (
    id uuid primary key,
    enterprise_id uuid not null references organizations (id),
    provider_id uuid not null references organizations (id),
    intention_id uuid references intentions (id),
    need_ids text[] not null default '{}',
    kind text not null check (kind in (${AGREEMENT_KINDS})),
    signed_on date not null,
    amount_yuan bigint check (amount_yuan between 0 and 1000000000000),
    term_months integer check (term_months between 1 and 600),
    document_ref text,
    recorded_by uuid not null references people (id),
    version integer not null default 1,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index agreements_signed_idx on agreements (signed_on)`,
  `create table resolutions (
    id uuid primary key,
    need_id uuid not null unique references needs (id),
    how text not null check (how in ('agreement', 'session', 'outside')),
    agreement_id uuid references agreements (id),
    session_id uuid references sessions (id),
    evidence text not null,
    resolved_on date not null,
    recorded_by uuid not null references people (id),
    version integer not null default 1,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint resolution_names_its_source check ((how = 'agreement') = (agreement_id is not null) and (how = 'session') = (session_id is not null))
  )`,
  `create index resolutions_resolved_idx on resolutions (resolved_on)`,
  `create table outcome_versions (
    id uuid primary key,
    entity text not null check (entity in ('intention', 'agreement', 'resolution')),
    entity_id uuid not null,
    version integer not null,
    snapshot jsonb not null,
    changed_by uuid not null references people (id),
    changed_at timestamptz not null,
    unique (entity, entity_id, version)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['outcome_versions', 'resolutions', 'agreements', 'intentions']) await sql.raw(`drop table if exists ${t}`).execute(db)
}
