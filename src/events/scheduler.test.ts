import { describe, expect, test } from 'vitest'
import { schedule, type MeetingRequest, type Schedule } from './scheduler.ts'

const tables = (n: number, capacity = 4) => Array.from({ length: n }, (_, i) => ({ id: `T${i + 1}`, capacity }))
const meeting = (id: string, e: string, p: string, score = 0.5, seats = 2): MeetingRequest => ({ id, enterprisePerson: e, providerPerson: p, score, seats })

/** Nobody and no table in two places at once. */
function expectValid(result: Schedule, requests: MeetingRequest[]) {
  const byId = new Map(requests.map((r) => [r.id, r]))
  const seen = new Set<string>()
  for (const p of result.placed) {
    const r = byId.get(p.requestId)
    for (const key of [`${p.tableId}@${p.slot}`, ...(r ? [`${r.enterprisePerson}@${p.slot}`, `${r.providerPerson}@${p.slot}`] : [])]) {
      expect(seen.has(key), key).toBe(false)
      seen.add(key)
    }
  }
}

function randomRequests(n: number, enterprises: number, providers: number, seed: number): MeetingRequest[] {
  let x = seed
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31)
  const seen = new Set<string>()
  const out: MeetingRequest[] = []
  while (out.length < n) {
    const e = `e${Math.floor(rnd() * enterprises)}`
    const p = `p${Math.floor(rnd() * providers)}`
    if (seen.has(e + p)) continue
    seen.add(e + p)
    out.push(meeting(`m${out.length}`, e, p, Math.round(rnd() * 100) / 100))
  }
  return out
}

describe('scheduler', () => {
  test('without availability limits it uses exactly the lower bound of slots', () => {
    for (const [n, e, p, t, seed] of [[60, 10, 8, 5, 1], [200, 30, 20, 6, 2], [300, 40, 40, 20, 3], [90, 5, 30, 40, 4]] as const) {
      const requests = randomRequests(n, e, p, seed)
      const result = schedule({ slots: 60, tables: tables(t), requests })
      expect(result.method).toBe('edge-colouring')
      expect(result.dropped).toEqual([])
      expect(result.placed).toHaveLength(n)
      expect(result.slotsUsed).toBe(result.lowerBound)
      expectValid(result, requests)
    }
  })

  test('the bound is the busiest person, or meetings over tables, whichever is larger', () => {
    const busiest = schedule({ slots: 10, tables: tables(10), requests: ['a', 'b', 'c'].map((p, i) => meeting(`m${i}`, 'e1', p)) })
    expect(busiest.lowerBound).toBe(3)
    const crowded = schedule({ slots: 10, tables: tables(2), requests: Array.from({ length: 7 }, (_, i) => meeting(`m${i}`, `e${i}`, `p${i}`)) })
    expect(crowded.lowerBound).toBe(4)
    expect(crowded.slotsUsed).toBe(4)
  })

  test('when there is not room for all, the best-scoring meetings are kept and the rest say why', () => {
    const requests = [meeting('low', 'e1', 'p1', 0.2), meeting('high', 'e1', 'p2', 0.9), meeting('mid', 'e2', 'p3', 0.5)]
    const result = schedule({ slots: 1, tables: tables(1), requests })
    expect(result.placed.map((p) => p.requestId)).toEqual(['high'])
    expect(result.dropped).toEqual([
      { requestId: 'mid', reason: 'table_slots' },
      { requestId: 'low', reason: 'participant_capacity' },
    ])
  })

  test('availability, capacity and pinned sessions are respected', () => {
    const requests = [meeting('m1', 'e1', 'p1'), meeting('m2', 'e1', 'p2'), meeting('m3', 'e2', 'p1'), meeting('m4', 'e3', 'p3'), meeting('m5', 'e4', 'p4')]
    const availability = new Map([['e1', new Set([2, 3])], ['p3', new Set([0])], ['e4', new Set([0, 1])], ['p4', new Set([2, 3])]])
    const pinned = [{ requestId: 'fixed', enterprisePerson: 'e3', providerPerson: 'p9', slot: 0, tableId: 'T1' }]
    const result = schedule({ slots: 4, tables: tables(1), requests, availability, pinned, capacity: new Map([['p2', 0]]) })
    expect(result.method).toBe('search')
    expectValid(result, [...requests, meeting('fixed', 'e3', 'p9')])
    const at = new Map(result.placed.map((p) => [p.requestId, p.slot]))
    expect(at.get('fixed')).toBe(0)
    expect([2, 3]).toContain(at.get('m1'))
    expect(result.dropped).toContainEqual({ requestId: 'm2', reason: 'participant_capacity' })
    expect(result.dropped).toContainEqual({ requestId: 'm4', reason: 'no_free_slot' })
    expect(result.dropped).toContainEqual({ requestId: 'm5', reason: 'no_common_slot' })
  })

  test('a meeting larger than every table is dropped, a smaller one goes to a table that seats it', () => {
    const requests = [meeting('big', 'e1', 'p1', 0.9, 8), meeting('group', 'e2', 'p2', 0.8, 5), meeting('pair', 'e3', 'p3', 0.7, 2)]
    const result = schedule({ slots: 2, tables: [{ id: 'small', capacity: 2 }, { id: 'room', capacity: 6 }], requests })
    expect(result.dropped).toEqual([{ requestId: 'big', reason: 'no_table_fits' }])
    expect(result.placed.find((p) => p.requestId === 'group')!.tableId).toBe('room')
  })

  test('the same input always gives the same timetable', () => {
    const requests = randomRequests(150, 20, 20, 9)
    expect(schedule({ slots: 30, tables: tables(8), requests })).toEqual(schedule({ slots: 30, tables: tables(8), requests: [...requests].reverse() }))
  })

  test('accepted requests come first, then must-meets, then score; the bound says what none could beat', () => {
    // One table, two slots: three meetings want the two places.
    const requests = [
      meeting('best-score', 'e1', 'p1', 0.95),
      { ...meeting('asked', 'e2', 'p2', 0.1), priority: 'request' as const },
      { ...meeting('must', 'e3', 'p3', 0.2), priority: 'must_meet' as const },
    ]
    const result = schedule({ slots: 2, tables: tables(1), requests })
    expect(result.placed.map((p) => p.requestId).sort()).toEqual(['asked', 'must'])
    expect(result.dropped).toEqual([{ requestId: 'best-score', reason: 'table_slots' }])
    expect(result.value.placed).toEqual({ request: 1, must_meet: 1, shortlisted: 0, score: 0.3 })
    expect(result.value.bound).toEqual(result.value.placed)
    expect(result.participants.find((p) => p.person === 'e2')).toEqual({ person: 'e2', meetings: 1, placed: 1, requests: 1, requestsPlaced: 1 })
    expect(result.participants.find((p) => p.person === 'p1')).toEqual({ person: 'p1', meetings: 1, placed: 0, requests: 0, requestsPlaced: 0 })
  })

  test('the chosen set is worth the most, not the most meetings by score order', () => {
    // e1 and p1 take one meeting each: e1–p1 (0.9) alone loses to e1–p2 + e2–p1 (0.6 + 0.7).
    const requests = [meeting('a', 'e1', 'p1', 0.9), meeting('b', 'e1', 'p2', 0.6), meeting('c', 'e2', 'p1', 0.7)]
    const result = schedule({ slots: 2, tables: tables(2), requests, availability: new Map([['e1', new Set([0, 1])], ['p1', new Set([0, 1])]]), capacity: new Map([['e1', 1], ['p1', 1]]) })
    expect(result.placed.map((p) => p.requestId).sort()).toEqual(['b', 'c'])
    expect(result.dropped).toEqual([{ requestId: 'a', reason: 'participant_capacity' }])
  })

  test('a group session seats its enterprises with the provider at one table, when all are free', () => {
    const group: MeetingRequest = { id: 'group', enterprisePerson: 'e1', providerPerson: 'p1', groupWith: ['e2', 'e3'], score: 1.5, seats: 4 }
    const requests = [group, meeting('solo', 'e2', 'p2', 0.5)]
    const result = schedule({ slots: 2, tables: [{ id: 'pair', capacity: 2 }, { id: 'round', capacity: 6 }], requests, availability: new Map([['e3', new Set([1])]]) })
    const at = new Map(result.placed.map((p) => [p.requestId, p]))
    expect(at.get('group')).toEqual({ requestId: 'group', slot: 1, tableId: 'round' })
    expect(at.get('solo')!.slot).toBe(0)
    expect(result.value.bound).toBeNull()
    expect(result.participants.find((p) => p.person === 'e3')!.placed).toBe(1)
  })

  test('a meeting the start could not place gets in by moving another; the event then ends at the availability-aware bound', () => {
    // One table, two slots. The request goes first and takes slot 0, the only slot e2 can come to;
    // the search moves it to slot 1 so that e2's meeting fits.
    const requests = [{ ...meeting('asked', 'e1', 'p1', 0.1), priority: 'request' as const }, meeting('only-morning', 'e2', 'p2', 0.5)]
    const result = schedule({ slots: 2, tables: tables(1), requests, availability: new Map([['e2', new Set([0])]]) })
    expect(new Map(result.placed.map((p) => [p.requestId, p.slot]))).toEqual(new Map([['only-morning', 0], ['asked', 1]]))
    expect(result.dropped).toEqual([])
    expect(result.proven).toEqual({ slots: true, value: true })
  })

  test('the bound counts each person’s own slots: two meetings for someone who comes from slot 4 end no earlier than slot 6', () => {
    const requests = [meeting('a', 'e1', 'p1'), meeting('b', 'e1', 'p2'), meeting('c', 'e2', 'p3')]
    const result = schedule({ slots: 8, tables: tables(3), requests, availability: new Map([['e1', new Set([4, 5, 6, 7])]]) })
    expect(result.lowerBound).toBe(6)
    expect(result.slotsUsed).toBe(6)
    expect(result.proven.slots).toBe(true)
    expectValid(result, requests)
  })

  test('with half-day availability at scale the timetable is valid, never worse than the start, and reports honestly', () => {
    for (const seed of [11, 12, 13]) {
      const requests = randomRequests(300, 40, 30, seed)
      let x = seed
      const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31)
      const availability = new Map<string, Set<number>>()
      for (const who of [...new Set(requests.flatMap((r) => [r.enterprisePerson, r.providerPerson]))]) {
        if (rnd() < 1 / 3) availability.set(who, new Set(Array.from({ length: 10 }, (_, i) => (rnd() < 0.5 ? 0 : 10) + i)))
      }
      const result = schedule({ slots: 20, tables: tables(12), requests, availability })
      expectValid(result, requests)
      for (const p of result.placed) {
        const r = requests.find((q) => q.id === p.requestId)!
        for (const who of [r.enterprisePerson, r.providerPerson]) expect(availability.get(who)?.has(p.slot) ?? true).toBe(true)
      }
      expect(result.slotsUsed).toBeGreaterThanOrEqual(result.lowerBound)
      expect(result.placed.length + result.dropped.length).toBe(requests.length)
      expect(result.proven.slots).toBe(result.slotsUsed === result.lowerBound)
    }
  })
})
