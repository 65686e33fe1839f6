import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Db } from '../src/db/database.ts'
import { createPGliteDb } from '../src/db/pglite.ts'

// PGlite has a single connection. A request's query must never run inside another request's
// open transaction, or it would be rolled back with it. (PostgreSQL has a pool; nothing to test.)

let db: Db
beforeAll(async () => {
  db = (await createPGliteDb({ dataDir: 'memory://' })).db
  await sql`create table notes (body text)`.execute(db)
})
afterAll(async () => { await db?.destroy() })

test('a write made while another transaction is open survives that transaction’s rollback', async () => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  const failing = db.transaction().execute(async (tx) => {
    await sql`insert into notes values ('rolled back')`.execute(tx)
    await held
    throw new Error('abort')
  })
  await new Promise((r) => setTimeout(r, 20))
  const outside = sql`insert into notes values ('kept')`.execute(db)
  release()
  await expect(failing).rejects.toThrow('abort')
  await outside
  const rows = await sql<{ body: string }>`select body from notes`.execute(db)
  expect(rows.rows.map((r) => r.body)).toEqual(['kept'])
})

test('many concurrent transactions each see only their own writes', async () => {
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      db.transaction().execute(async (tx) => {
        await sql`insert into notes values (${`tx${i}`})`.execute(tx)
        const mine = await sql<{ n: number }>`select count(*)::int as n from notes where body like 'tx%'`.execute(tx)
        expect(mine.rows[0]!.n).toBe(i + 1)
      }),
    ),
  )
})
