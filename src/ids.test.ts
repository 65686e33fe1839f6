import { expect, test } from 'vitest'
import { z } from 'zod'
import { uuidv7 } from './ids.ts'

test('ids made in the same millisecond sort in the order they were made', () => {
  const ids = Array.from({ length: 5000 }, () => uuidv7(1_700_000_000_000))
  expect([...ids].sort()).toEqual(ids)
  expect(new Set(ids).size).toBe(ids.length)
})

test('a later clock gives a larger id, and a clock that steps back does not reorder ids', () => {
  const a = uuidv7(1_800_000_000_000)
  const b = uuidv7(1_800_000_000_001)
  const c = uuidv7(1_799_999_999_000)
  expect(a < b && b < c).toBe(true)
})

test('ids are valid version-7 UUIDs carrying their time', () => {
  const id = uuidv7(Date.UTC(2026, 10, 23))
  expect(z.uuid().safeParse(id).success).toBe(true)
  expect(id[14]).toBe('7')
  expect(['8', '9', 'a', 'b']).toContain(id[19])
})
