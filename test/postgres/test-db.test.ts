import pg from 'pg'
import { sql } from 'kysely'
import { expect, test } from 'vitest'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { openTestDb } from '../support/test-db.ts'

// Each test file gets its own migrated schema, whatever is already in the database: a database
// whose public schema was migrated before must not make a fresh test schema look migrated.
// Runs only with TEST_DATABASE_URL (vitest.config.ts leaves test/postgres/ out otherwise).
test('a test schema is migrated even when the database’s public schema already is', async () => {
  const base = new URL(process.env.TEST_DATABASE_URL!)
  const name = `jinqiao_premigrated_${process.pid}`
  const admin = new pg.Client({ connectionString: base.toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${name}`)
  await admin.query(`create database ${name}`)
  try {
    const url = new URL(base)
    url.pathname = `/${name}`
    const publicDb = createPostgresDb({ url: url.toString(), maxConnections: 1 })
    await migrateToLatest(publicDb)
    const publicTables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(publicDb)
    await publicDb.destroy()
    const { db, drop, schema } = await openTestDb(url.toString())
    const mine = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema!}`.execute(db)
    expect(mine.rows[0]!.n).toBe(publicTables.rows[0]!.n)
    expect(mine.rows[0]!.n).toBeGreaterThan(30)
    // And what a test writes lands in its own schema, not in public.
    await db.insertInto('people').values({ id: '01900000-0000-7000-8000-000000000001', organizationId: null, accessRole: 'coordinator', name: '测试', createdAt: new Date(), updatedAt: new Date() }).execute()
    const check = new pg.Client({ connectionString: url.toString() })
    await check.connect()
    expect((await check.query(`select count(*)::int as n from public.people`)).rows[0].n).toBe(0)
    expect((await check.query(`select count(*)::int as n from ${schema}.people`)).rows[0].n).toBe(1)
    await check.end()
    await drop()
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
})
