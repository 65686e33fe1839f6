import { describe, expect, test } from 'vitest'
import { groupByCapability, type Pair } from './group-sessions.ts'

const pair = (id: string, enterprise: string, capability: string, score = 0.5, priority: Pair['priority'] = 'shortlisted'): Pair => ({ id, enterprisePerson: enterprise, providerPerson: `x-${capability}`, capabilityId: capability, score, seats: 2, priority })

describe('group sessions', () => {
  test('pairs of one capability share a table, best first, as many as its seats allow', () => {
    const units = groupByCapability([pair('a', 'e1', 'c1', 0.9), pair('b', 'e2', 'c1', 0.8), pair('c', 'e3', 'c1', 0.7), pair('d', 'e4', 'c1', 0.6), pair('e', 'e5', 'c2')], 4)
    const group = units.find((u) => u.id === 'group:a')!
    expect(group.members.map((m) => m.id)).toEqual(['a', 'b', 'c'])
    expect(group).toMatchObject({ enterprisePerson: 'e1', providerPerson: 'x-c1', groupWith: ['e2', 'e3'], seats: 4, score: 2.4 })
    expect(units.map((u) => u.id).sort()).toEqual(['d', 'e', 'group:a'])
  })

  test('accepted requests and must-meets stay one to one; one person takes one seat', () => {
    const units = groupByCapability([pair('a', 'e1', 'c1', 0.9, 'request'), pair('b', 'e2', 'c1', 0.8, 'must_meet'), pair('c', 'e3', 'c1'), pair('d', 'e3', 'c1', 0.4)], 6)
    expect(units.map((u) => u.id).sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(units.every((u) => u.members.length === 1)).toBe(true)
  })
})
