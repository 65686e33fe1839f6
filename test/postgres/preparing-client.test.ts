import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'

// On PostgreSQL each planned statement is named, so a connection parses and plans it once
// (src/db/preparing-pg-client.ts). What comes back must not change, lists whose length varies
// must not pile up prepared statements, and a table changed under a prepared `select *` (another
// server's migration) must be read with its new columns. Runs only with TEST_DATABASE_URL.

const schema = `jinqiao_prepared_${process.pid}`
let db: Db
let admin: Db
beforeAll(async () => {
  admin = createPostgresDb({ url: process.env.TEST_DATABASE_URL!, maxConnections: 1, prepare: false })
  await sql`create schema ${sql.id(schema)}`.execute(admin)
  await sql`create table ${sql.id(schema)}.notes (id int primary key, body text, tags text[], at timestamptz)`.execute(admin)
  db = createPostgresDb({ url: process.env.TEST_DATABASE_URL!, schema, maxConnections: 1 })
})
afterAll(async () => {
  await db?.destroy()
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin)
  await admin?.destroy()
})

const prepared = async () => (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db)).rows[0]!.n

test('named statements give what unnamed ones do, and are prepared once however often they are asked', async () => {
  const at = new Date('2026-12-07T01:02:03.004Z')
  await sql`insert into notes values (${1}, ${'一'}, ${['甲', 'b "c"']}, ${at})`.execute(db)
  const read = (id: number) => sql<{ id: number; body: string; tags: string[]; at: Date }>`select * from notes where id = ${id}`.execute(db)
  const first = await read(1)
  const before = await prepared()
  expect(before).toBeGreaterThan(0)
  for (let i = 0; i < 20; i++) expect((await read(1)).rows).toEqual(first.rows)
  expect(await prepared()).toBe(before)
  expect(first.rows).toEqual([{ id: 1, body: '一', tags: ['甲', 'b "c"'], at }])
  expect((await read(2)).rows).toEqual([])
})

test('lists of parameters of every length are not each kept prepared', async () => {
  const before = await prepared()
  for (let n = 2; n < 60; n++) {
    const ids = Array.from({ length: n }, (_, i) => i)
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from notes where id in (${sql.join(ids)})`.execute(db)
    expect(rows[0]).toEqual({ n: 1 })
  }
  expect(await prepared()).toBeLessThanOrEqual(before + 1)
})

test('errors keep their code and leave the connection usable', async () => {
  await expect(sql`insert into notes values (${1}, ${'again'}, ${[]}, ${null})`.execute(db)).rejects.toMatchObject({ code: '23505' })
  await expect(sql`select nonsense from notes where id = ${1}`.execute(db)).rejects.toMatchObject({ code: '42703' })
  expect((await sql<{ body: string }>`select body from notes where id = ${1}`.execute(db)).rows).toEqual([{ body: '一' }])
})

test('a table another server altered under a prepared select * is read with its new columns', async () => {
  const read = () => sql<Record<string, unknown>>`select * from notes where id = ${1}`.execute(db)
  expect(Object.keys((await read()).rows[0]!)).toEqual(['id', 'body', 'tags', 'at'])
  await sql`alter table ${sql.id(schema)}.notes add column author text default '王'`.execute(admin)
  expect((await read()).rows[0]).toMatchObject({ body: '一', author: '王' })
})
