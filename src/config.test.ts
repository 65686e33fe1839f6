import { expect, test } from 'vitest'
import { ConfigError, parseConfig } from './config.ts'

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
