import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { inject } from 'vitest'
import type { Db } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { createPGliteDb } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL)

/**
 * A database of its own for one test file: a fresh schema on the real PostgreSQL when
 * TEST_DATABASE_URL is set, else a PGlite started from the migrated snapshot.
 */
export async function openTestDb(url = process.env.TEST_DATABASE_URL): Promise<{ db: Db; drop: () => Promise<void>; schema?: string }> {
  if (url) {
    const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
    const admin = createPostgresDb({ url, maxConnections: 1 })
    await sql`create schema ${sql.id(schema)}`.execute(admin)
    // Extensions are per database: installed once in public, which every test schema can see.
    await sql`create extension if not exists btree_gist with schema public`.execute(admin).catch(() => {})
    const db = createPostgresDb({ url, schema: `${schema},public`, maxConnections: 8 })
    await migrateToLatest(db, { schema })
    return {
      db,
      schema,
      drop: async () => {
        await db.destroy()
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
        await admin.destroy()
      },
    }
  }
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))])
  const { db } = await createPGliteDb({ loadDataDir: snapshot })
  return { db, drop: () => db.destroy() }
}
