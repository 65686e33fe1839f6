import { describe, expect, test } from 'vitest'
import { improveExactly, scheduleExactly } from './exact-choice.ts'
import { schedule, type MeetingRequest, type ScheduleInput } from './scheduler.ts'

const meeting = (id: string, e: string, p: string, score: number, priority: MeetingRequest['priority'] = 'shortlisted'): MeetingRequest => ({ id, enterprisePerson: e, providerPerson: p, score, seats: 2, priority })

describe('the exact step', () => {
  // Two slots, one table; e1 only in slot 0, p3 only in slot 1.
  const input: ScheduleInput = {
    slots: 2, tables: [{ id: 'T1', capacity: 4 }],
    requests: [meeting('a', 'e1', 'p1', 0.9), meeting('b', 'e2', 'p2', 0.8), meeting('c', 'e3', 'p3', 0.2, 'must_meet')],
    availability: new Map([['e1', new Set([0])], ['p3', new Set([1])]]),
  }

  test('a timetable below its bound is solved exactly: the most valuable set, placed, and proven', async () => {
    // Start from a poor timetable (the low-value meetings only): the programme finds the best.
    const poor = schedule({ ...input, requests: input.requests.filter((r) => r.id === 'b') })
    const result = await improveExactly(input, { ...poor, proven: { slots: false, value: false }, value: { ...poor.value, bound: schedule(input).value.bound } })
    expect(result.method).toBe('exact')
    expect(new Map(result.placed.map((p) => [p.requestId, p.slot]))).toEqual(new Map([['a', 0], ['c', 1]]))
    expect(result.dropped).toEqual([{ requestId: 'b', reason: 'table_slots' }])
    expect(result.proven.value).toBe(true)
  })

  test('a timetable already provably best is returned as it is', async () => {
    const result = await scheduleExactly(input)
    expect(result.method).toBe('search')
    expect(result.proven).toEqual({ slots: true, value: true })
    expect(result.value.placed).toEqual({ request: 0, must_meet: 1, shortlisted: 1, score: 1.1 })
  })
})
