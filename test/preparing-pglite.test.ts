import { PGlite, type Results } from '@electric-sql/pglite'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Db } from '../src/db/database.ts'
import { createPGliteDb } from '../src/db/pglite.ts'
import type { PreparingPGlite } from '../src/db/preparing-pglite.ts'

// PGlite's statements are prepared once and then bound (src/db/preparing-pglite.ts). What comes
// back must be what PGlite's own query gives, whatever the types, and a prepared statement must
// never outlive what it was prepared against.

let db: Db
let pglite: PreparingPGlite
/** PGlite's own query, unprepared, on the same database. */
const unprepared = <T>(text: string, params?: unknown[]) => PGlite.prototype.query.call(pglite, text, params) as Promise<Results<T>>

beforeAll(async () => {
  const created = await createPGliteDb({ dataDir: 'memory://' })
  db = created.db
  pglite = created.pglite as PreparingPGlite
  await pglite.exec(`create table things (id uuid primary key, name text unique, tags text[], facts jsonb, at timestamptz, day date, n int8, ok boolean, price numeric)`)
})
afterAll(async () => { await db?.destroy() })

const insert = `insert into things values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`
const row = (id: string, name: string) => [id, name, ['甲', 'b "c"', 'd,e'], { reasons: [{ kind: 'text', 'score': 0.5 }], note: '中' }, new Date('2026-12-07T01:02:03.004Z'), '2026-12-07', 9007199254740991, true, '12.50']

test('rows written and read through prepared statements are those PGlite’s own query gives, for every type', async () => {
  const prepared = await pglite.query(insert, row('018f0000-0000-7000-8000-000000000001', 'prepared'))
  const plain = await unprepared(insert, row('018f0000-0000-7000-8000-000000000002', 'plain'))
  const strip = (r: Results<unknown>) => r.rows.map((x) => ({ ...(x as object), id: undefined, name: undefined }))
  expect(strip(prepared)).toEqual(strip(plain))
  expect(prepared.rows[0]).toMatchObject({ tags: ['甲', 'b "c"', 'd,e'], facts: { note: '中' }, at: new Date('2026-12-07T01:02:03.004Z'), day: '2026-12-07', n: 9007199254740991, ok: true })
  const select = `select * from things where id = any($1::uuid[]) and tags && $2 order by name`
  const params = [['018f0000-0000-7000-8000-000000000001', '018f0000-0000-7000-8000-000000000002'], ['甲']]
  expect((await pglite.query(select, params)).rows).toEqual((await unprepared(select, params)).rows)
  // Asked again, the statement is bound with the new values, not the old.
  expect((await pglite.query(select, [['018f0000-0000-7000-8000-000000000002'], ['甲']])).rows.map((r) => (r as { name: string }).name)).toEqual(['plain'])
  expect((await pglite.query(`select $1::int + 1 as n, $2::text as absent`, [41, null])).rows).toEqual([{ n: 42, absent: null }])
})

test('a table changed under a prepared select * is read with its new columns', async () => {
  await pglite.exec(`create table notes (body text)`)
  await pglite.query(`insert into notes values ($1)`, ['一'])
  expect((await pglite.query(`select * from notes`)).rows).toEqual([{ body: '一' }])
  await pglite.exec(`alter table notes add column author text default '王'`)
  expect((await pglite.query(`select * from notes`)).rows).toEqual([{ body: '一', author: '王' }])
})

test('errors keep their code, leave nothing prepared half-way, and the database stays usable — inside a transaction too', async () => {
  const duplicate = pglite.query(insert, row('018f0000-0000-7000-8000-000000000003', 'prepared'))
  await expect(duplicate).rejects.toMatchObject({ code: '23505' })
  await expect(pglite.query(`select nonsense from`)).rejects.toMatchObject({ code: '42601' })
  await expect(pglite.query(`select nonsense from`)).rejects.toMatchObject({ code: '42601' })
  await expect(db.transaction().execute(async (tx) => {
    await sql`insert into things (id, name) values (${'018f0000-0000-7000-8000-000000000004'}, ${'in a transaction'})`.execute(tx)
    await sql`insert into things (id, name) values (${'018f0000-0000-7000-8000-000000000005'}, ${'prepared'})`.execute(tx)
  })).rejects.toMatchObject({ code: '23505' })
  const names = await sql<{ name: string }>`select name from things order by name`.execute(db)
  expect(names.rows.map((r) => r.name)).toEqual(['plain', 'prepared'])
  await db.transaction().execute(async (tx) => {
    await sql`insert into things (id, name) values (${'018f0000-0000-7000-8000-000000000006'}, ${'committed'})`.execute(tx)
  })
  expect((await sql<{ n: number }>`select count(*)::int as n from things`.execute(db)).rows[0]!.n).toBe(3)
})

test('however many different statements are asked, only the most recent few hundred stay prepared', async () => {
  for (let i = 0; i < 700; i++) {
    const { rows } = await pglite.query<{ n: number }>(`select ${i}::int + $1::int as n`, [1])
    expect(rows[0]!.n).toBe(i + 1)
  }
  const { rows } = await unprepared<{ n: number }>(`select count(*)::int as n from pg_prepared_statements`)
  expect(rows[0]!.n).toBeGreaterThan(0)
  expect(rows[0]!.n).toBeLessThanOrEqual(300)
})
