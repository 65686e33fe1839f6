import { AsyncLocalStorage } from 'node:async_hooks'
import { PostgresDialect } from 'kysely'
import type pg from 'pg'
import type { Db } from './database.ts'
import { kyselyFor } from './kysely.ts'
import { createPgPool } from './postgres.ts'

/**
 * One database handle for the life of a Workers isolate whose connections belong to one request each.
 * workerd lets no socket outlive the request that opened it (a pool shared across requests hangs), so
 * each request run through `run` gets its own one-connection pool, opened on first query and closed
 * when the request is done; the app and its handle are built once.
 */
export function requestScopedPostgres(url: () => string): { db: Db; run: <T>(work: () => Promise<T>) => Promise<T> } {
  const requests = new AsyncLocalStorage<{ pool?: pg.Pool }>()
  const pool = {
    connect: () => {
      const current = requests.getStore()
      if (!current) return Promise.reject(new Error('a database query outside a request'))
      current.pool ??= createPgPool({ url: url(), maxConnections: 1, prepare: false })
      return current.pool.connect()
    },
    end: async () => {},
    options: {},
  }
  return {
    db: kyselyFor(new PostgresDialect({ pool })),
    run: async (work) => {
      const scope: { pool?: pg.Pool } = {}
      try {
        return await requests.run(scope, work)
      } finally {
        await scope.pool?.end().catch(() => {})
      }
    },
  }
}
