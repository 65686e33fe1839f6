import { expect, test } from 'vitest'
import { ConfigError, parseConfig } from './config.ts'
import type { Db } from './db/database.ts'
import { depsFromConfig } from './deps.ts'

// depsFromConfig only passes the handle on.
const fakeDb = {} as Db

test('defaults: port 3000 and an on-disk PGlite under ./data', () => {
  const config = parseConfig({})
  expect(config).toMatchObject({ PORT: 3000, JINQIAO_DATA_DIR: './data/jinqiao' })
  expect(config.DATABASE_URL).toBeUndefined()
})

test('every bad setting is named in one clear message', () => {
  try {
    parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JINQIAO_ADMIN_TOKEN: 'short' })
    expect.unreachable()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    for (const name of ['PORT', 'DATABASE_URL', 'JINQIAO_ADMIN_TOKEN']) expect(message).toContain(name)
  }
})

test('empty values count as unset', () => {
  expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000)
})

test('the semantic re-ranker is off unless its endpoint is set, and a bad one is named', () => {
  expect(depsFromConfig(fakeDb, parseConfig({})).embeddings).toBeUndefined()
  const on = depsFromConfig(fakeDb, parseConfig({ JINQIAO_EMBEDDINGS_URL: 'http://localhost:11434/v1' }))
  expect(on.embeddings?.model).toBe('bge-m3')
  expect(() => parseConfig({ JINQIAO_EMBEDDINGS_URL: 'ftp://x' })).toThrow(/JINQIAO_EMBEDDINGS_URL/)
})
