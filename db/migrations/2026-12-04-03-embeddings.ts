import { sql, type Kysely } from 'kysely'

// Frozen once landed. Vectors from the optional embeddings endpoint, cached per record, model
// and text (a changed text is embedded again). A plain real[]: the re-ranker compares a need
// with its few dozen candidates only, so no vector index (pgvector) is needed, and PGlite and
// every PostgreSQL have the type.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table embeddings (
    corpus text not null check (corpus in ('need', 'capability')),
    record_id uuid not null,
    model text not null,
    text_hash text not null,
    vector real[] not null,
    created_at timestamptz not null default now(),
    primary key (corpus, record_id, model)
  )`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists embeddings').execute(db)
}
