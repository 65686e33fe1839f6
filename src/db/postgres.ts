import pg from 'pg'
import { PostgresDialect } from 'kysely'
import { DATE_OID, INT8_OID, kyselyFor } from './kysely.ts'
import { PreparingClient } from './preparing-pg-client.ts'

export interface PostgresOptions {
  url: string
  /** A schema to work in (tests use one per file); created if missing. */
  schema?: string
  maxConnections?: number
  /**
   * Name planned statements so each connection parses and plans them once (default). Off where a
   * connection lasts one request and sits behind a pooler (Workers with Hyperdrive): nothing to reuse.
   */
  prepare?: boolean
}

// A calendar date stays the string it is ("2026-12-31"), never a Date shifted by the server's zone;
// bigint columns hold yuan amounts well inside Number's safe range (a check constraint keeps them there).
const parsers: Record<number, (value: string) => unknown> = {
  [INT8_OID]: (v) => Number(v),
  [DATE_OID]: (v) => v,
}

export function createPostgresDb(options: PostgresOptions) {
  return kyselyFor(new PostgresDialect({ pool: createPgPool(options) }))
}

/** A pg pool with our type parsers and statement timeout. */
export function createPgPool(options: PostgresOptions) {
  const pool = new pg.Pool({
    ...(options.prepare === false ? {} : { Client: PreparingClient }),
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    // A net under the bounds on every input: no statement outlives 30 s, so none keeps running
    // for minutes after its request has failed or gone.
    statement_timeout: 30_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client that loses its server must not take the process down.
  pool.on('error', () => {})
  return pool
}
