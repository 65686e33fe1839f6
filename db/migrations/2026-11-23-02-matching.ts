import { sql, type Kysely } from 'kysely'
import { DEFAULT_TERM_GROUPS } from './2026-11-23-02-default-terms.ts'

// Frozen once landed. Matching: a search vector on both catalogues (GIN-indexed, for recall),
// document frequencies per token (for IDF, kept in the same transaction as the records),
// the coordinator's term list, and the decisions taken on candidate pairs.

const statements = [
  `alter table needs add column search_vector tsvector not null default ''`,
  `alter table capabilities add column search_vector tsvector not null default ''`,
  `create index needs_search_idx on needs using gin (search_vector)`,
  `create index capabilities_search_idx on capabilities using gin (search_vector)`,
  `create index capabilities_chain_type_idx on capabilities using gin (industry_chains, service_types)`,

  `create table term_stats (
    corpus text not null check (corpus in ('need', 'capability')),
    token text not null,
    df integer not null check (df >= 0),
    primary key (corpus, token)
  )`,
  `create table corpus_stats (
    corpus text primary key check (corpus in ('need', 'capability')),
    docs integer not null check (docs >= 0),
    total_length double precision not null check (total_length >= 0)
  )`,
  `insert into corpus_stats (corpus, docs, total_length) values ('need', 0, 0), ('capability', 0, 0)`,

  `create table match_terms (
    id uuid primary key,
    terms text[] not null check (cardinality(terms) between 2 and 20),
    note text,
    created_by uuid references people (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,

  `create type match_status as enum ('shortlisted', 'accepted', 'rejected')`,
  `create table matches (
    id uuid primary key,
    need_id uuid not null references needs (id),
    capability_id uuid not null references capabilities (id),
    status match_status not null,
    score double precision not null check (score between 0 and 1),
    reasons jsonb not null default '[]',
    note text,
    decided_by uuid not null references people (id),
    decided_at timestamptz not null,
    created_at timestamptz not null,
    unique (need_id, capability_id)
  )`,
  `create index matches_capability_idx on matches (capability_id)`,
  `create index matches_status_idx on matches (status, decided_at)`,
  `create table match_history (
    id uuid primary key,
    match_id uuid not null references matches (id) on delete cascade,
    actor_id uuid not null references people (id),
    at timestamptz not null,
    from_status match_status,
    to_status match_status not null,
    note text
  )`,
  `create index match_history_match_idx on match_history (match_id, at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  // The seed ids are fixed so that every installation names the same default groups alike.
  for (const [i, terms] of DEFAULT_TERM_GROUPS.entries()) {
    const id = `00000000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`
    await sql`insert into match_terms (id, terms, note) values (${id}, ${terms}::text[], ${'默认术语表 (default term list)'})`.execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop table if exists match_history', 'drop table if exists matches', 'drop type if exists match_status',
    'drop table if exists match_terms', 'drop table if exists corpus_stats', 'drop table if exists term_stats',
    'alter table capabilities drop column if exists search_vector', 'alter table needs drop column if exists search_vector',
  ]) await sql.raw(statement).execute(db)
}
