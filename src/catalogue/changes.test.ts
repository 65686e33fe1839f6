import { expect, test } from 'vitest'
import { changedFields } from './changes.ts'

test('only fields whose value really changes are recorded, arrays compared by content', () => {
  const before = { title: '旧', keywords: ['a', 'b'], deadline: null, budget: 5 }
  expect(changedFields(before, { title: '旧', keywords: ['a', 'b'], deadline: undefined, budget: 6 })).toEqual({ budget: { from: 5, to: 6 } })
  expect(changedFields(before, { keywords: ['b', 'a'], deadline: '2027-01-01' })).toEqual({
    keywords: { from: ['a', 'b'], to: ['b', 'a'] },
    deadline: { from: null, to: '2027-01-01' },
  })
})
