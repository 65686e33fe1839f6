import { sql, type Kysely } from 'kysely'

// Frozen once landed. Docking events and their sessions. Double booking is refused by the
// database itself: exclusion constraints over time ranges (btree_gist), so two coordinators
// booking at the same moment cannot both win.

const statements = [
  `create extension if not exists btree_gist`,
  `create type event_kind as enum ('on_site', 'online', 'hybrid')`,
  `create type event_status as enum ('planning', 'published', 'closed', 'cancelled')`,
  `create table events (
    id uuid primary key,
    title text not null,
    kind event_kind not null,
    venue text,
    address text,
    online_url text,
    county text not null,
    time_zone text not null default 'Asia/Shanghai',
    slot_minutes integer not null check (slot_minutes between 5 and 240),
    organizer_id uuid not null references people (id),
    status event_status not null default 'planning',
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create table event_days (
    event_id uuid not null references events (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null check (ends_at > starts_at),
    primary key (event_id, starts_at)
  )`,
  `create table event_breaks (
    event_id uuid not null references events (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null check (ends_at > starts_at),
    primary key (event_id, starts_at)
  )`,
  `create table event_tables (
    id uuid primary key,
    event_id uuid not null references events (id) on delete cascade,
    name text not null,
    capacity integer not null check (capacity between 1 and 100),
    unique (event_id, name)
  )`,
  `create table event_invitations (
    event_id uuid not null references events (id) on delete cascade,
    organization_id uuid not null references organizations (id),
    primary key (event_id, organization_id)
  )`,
  `create index event_invitations_organization_idx on event_invitations (organization_id)`,
  `create table availability (
    id uuid primary key,
    event_id uuid not null references events (id) on delete cascade,
    person_id uuid not null references people (id),
    starts_at timestamptz not null,
    ends_at timestamptz not null check (ends_at > starts_at)
  )`,
  `create index availability_event_person_idx on availability (event_id, person_id)`,
  `create type session_status as enum ('proposed', 'confirmed', 'rescheduled', 'cancelled', 'held', 'no_show')`,
  `create table sessions (
    id uuid primary key,
    event_id uuid not null references events (id),
    need_id uuid references needs (id),
    capability_id uuid references capabilities (id),
    table_id uuid references event_tables (id),
    online_url text,
    starts_at timestamptz not null,
    ends_at timestamptz not null check (ends_at > starts_at),
    during tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    status session_status not null default 'proposed',
    pinned boolean not null default false,
    sequence integer not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint sessions_no_table_overlap exclude using gist (table_id with =, during with &&) where (table_id is not null and status <> 'cancelled')
  )`,
  `create index sessions_event_idx on sessions (event_id, starts_at)`,
  `create table session_attendees (
    session_id uuid not null references sessions (id) on delete cascade,
    person_id uuid not null references people (id),
    side text not null check (side in ('enterprise', 'provider', 'coordinator')),
    response text not null default 'needs_action' check (response in ('needs_action', 'accepted', 'declined')),
    during tstzrange not null,
    active boolean not null default true,
    primary key (session_id, person_id),
    constraint attendees_no_overlap exclude using gist (person_id with =, during with &&) where (active)
  )`,
  `create index session_attendees_person_idx on session_attendees (person_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['session_attendees', 'sessions', 'availability', 'event_invitations', 'event_tables', 'event_breaks', 'event_days', 'events']) {
    await sql.raw(`drop table if exists ${t}`).execute(db)
  }
  for (const t of ['session_status', 'event_status', 'event_kind']) await sql.raw(`drop type if exists ${t}`).execute(db)
}
