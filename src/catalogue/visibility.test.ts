import { expect, test } from 'vitest'
import type { Actor } from '../auth/actor.ts'
import { readLevel } from './visibility.ts'

const owner: Actor = { role: 'enterprise', personId: 'p1', organizationId: 'own' }
const stranger: Actor = { role: 'provider', personId: 'p2', organizationId: 'other' }
const coordinator: Actor = { role: 'coordinator', personId: 'p3', organizationId: null }

test.each([
  ['public', true, 'full'],
  ['summary', true, 'summary'],
  ['confidential', true, 'none'],
  ['public', false, 'none'],
] as const)('a stranger reads a %s record (listed: %s) as %s', (visibility, listed, level) => {
  expect(readLevel(stranger, { organizationId: 'own', visibility, listed })).toBe(level)
})

test('the owner and coordinators read everything in full', () => {
  for (const actor of [owner, coordinator]) {
    expect(readLevel(actor, { organizationId: 'own', visibility: 'confidential', listed: false })).toBe('full')
  }
})
