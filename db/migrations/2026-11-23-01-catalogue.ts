import { sql, type Kysely } from 'kysely'

// Frozen once landed: a later change is a new migration, never an edit here.
// One statement per call: PGlite's extended protocol takes a single command at a time.

const NEED_TYPES = `'key_technology','process_improvement','achievement_transfer','talent','testing_certification','consulting','equipment_development','other'`
const COOPERATION_MODES = `'development','transfer','licensing','consulting','service','joint_platform','talent_training'`

const statements = [
  `create type organization_kind as enum ('enterprise', 'provider')`,
  `create type provider_type as enum ('national_society', 'provincial_society', 'university', 'institute', 'service_station', 'expert_group')`,
  `create type access_role as enum ('coordinator', 'member')`,
  `create type visibility as enum ('public', 'summary', 'confidential')`,
  `create type need_status as enum ('draft', 'published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement', 'resolved', 'closed', 'withdrawn')`,
  `create type capability_status as enum ('draft', 'published', 'archived')`,
  `create type history_action as enum ('created', 'updated', 'status_changed')`,

  `create table organizations (
    id uuid primary key,
    kind organization_kind not null,
    provider_type provider_type,
    name text not null,
    credit_code text,
    county text not null,
    industry_chains text[] not null default '{}',
    description text not null default '',
    website text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint provider_type_iff_provider check ((kind = 'provider') = (provider_type is not null)),
    constraint organizations_id_kind unique (id, kind)
  )`,
  `create unique index organizations_name_key on organizations (name)`,
  `create unique index organizations_credit_code_key on organizations (credit_code) where credit_code is not null`,
  `create index organizations_kind_idx on organizations (kind, county)`,
  `create index organizations_industry_chains_idx on organizations using gin (industry_chains)`,

  `create table people (
    id uuid primary key,
    organization_id uuid references organizations (id),
    access_role access_role not null,
    name text not null,
    email text,
    phone text,
    position text,
    language text not null default 'zh' check (language in ('zh', 'en')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint coordinators_have_no_organization check ((access_role = 'coordinator') = (organization_id is null))
  )`,
  `create unique index people_email_key on people (lower(email)) where email is not null`,
  `create index people_organization_idx on people (organization_id)`,

  `create table access_tokens (
    id uuid primary key,
    person_id uuid not null references people (id),
    token_hash text not null unique,
    label text not null,
    created_by uuid references people (id),
    created_at timestamptz not null default now(),
    expires_at timestamptz,
    revoked_at timestamptz,
    last_used_at timestamptz
  )`,
  `create index access_tokens_person_idx on access_tokens (person_id)`,

  // organization_kind is fixed per table and part of the foreign key, so the database itself
  // refuses a need owned by a provider or a capability owned by an enterprise.
  `create table needs (
    id uuid primary key,
    organization_id uuid not null,
    organization_kind organization_kind not null default 'enterprise' check (organization_kind = 'enterprise'),
    title text not null check (length(title) between 1 and 200),
    description text not null,
    industry_chain text not null,
    fields text[] not null default '{}',
    keywords text[] not null default '{}',
    need_type text not null check (need_type in (${NEED_TYPES})),
    cooperation_modes text[] not null default '{}' check (cooperation_modes <@ array[${COOPERATION_MODES}]),
    budget_min_yuan bigint check (budget_min_yuan between 0 and 1000000000000),
    budget_max_yuan bigint check (budget_max_yuan between 0 and 1000000000000),
    deadline date,
    county text not null,
    visibility visibility not null default 'public',
    status need_status not null default 'draft',
    contact_person_id uuid references people (id),
    created_by uuid not null references people (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (organization_id, organization_kind) references organizations (id, kind),
    constraint budget_range check (budget_min_yuan is null or budget_max_yuan is null or budget_min_yuan <= budget_max_yuan)
  )`,
  `create index needs_status_idx on needs (status, id)`,
  `create index needs_county_idx on needs (county, id)`,
  `create index needs_industry_chain_idx on needs (industry_chain, id)`,
  `create index needs_organization_idx on needs (organization_id, id)`,

  `create table need_history (
    id uuid primary key,
    need_id uuid not null references needs (id) on delete cascade,
    actor_id uuid not null references people (id),
    at timestamptz not null,
    action history_action not null,
    from_status need_status,
    to_status need_status,
    changes jsonb not null default '{}',
    reason text
  )`,
  `create index need_history_need_idx on need_history (need_id, at)`,
  `create index need_history_status_idx on need_history (to_status, at) where action = 'status_changed'`,

  `create table capabilities (
    id uuid primary key,
    organization_id uuid not null,
    organization_kind organization_kind not null default 'provider' check (organization_kind = 'provider'),
    title text not null check (length(title) between 1 and 200),
    description text not null,
    fields text[] not null default '{}',
    keywords text[] not null default '{}',
    industry_chains text[] not null default '{}',
    service_types text[] not null default '{}' check (service_types <@ array[${NEED_TYPES}]),
    cooperation_modes text[] not null default '{}' check (cooperation_modes <@ array[${COOPERATION_MODES}]),
    readiness_level smallint check (readiness_level between 1 and 9),
    regions_served text[] not null default '{}',
    capacity_per_month integer not null default 4 check (capacity_per_month between 0 and 1000),
    visibility visibility not null default 'public',
    status capability_status not null default 'draft',
    created_by uuid not null references people (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (organization_id, organization_kind) references organizations (id, kind)
  )`,
  `create index capabilities_status_idx on capabilities (status, id)`,
  `create index capabilities_organization_idx on capabilities (organization_id, id)`,
  `create index capabilities_industry_chains_idx on capabilities using gin (industry_chains)`,
  `create index capabilities_regions_idx on capabilities using gin (regions_served)`,

  `create table capability_experts (
    capability_id uuid not null references capabilities (id) on delete cascade,
    person_id uuid not null references people (id),
    primary key (capability_id, person_id)
  )`,

  `create table capability_history (
    id uuid primary key,
    capability_id uuid not null references capabilities (id) on delete cascade,
    actor_id uuid not null references people (id),
    at timestamptz not null,
    action history_action not null,
    from_status capability_status,
    to_status capability_status,
    changes jsonb not null default '{}',
    reason text
  )`,
  `create index capability_history_capability_idx on capability_history (capability_id, at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['capability_history', 'capability_experts', 'capabilities', 'need_history', 'needs', 'access_tokens', 'people', 'organizations']) {
    await sql.raw(`drop table if exists ${table}`).execute(db)
  }
  for (const type of ['history_action', 'capability_status', 'need_status', 'visibility', 'access_role', 'provider_type', 'organization_kind']) {
    await sql.raw(`drop type if exists ${type}`).execute(db)
  }
}
