import { describe, expect, test } from 'vitest'
import { dayGroups, describe as say, slotsOf, verdict, verdicts, type Booked } from './grid-model'

const slot = (h: string, end: string) => ({ startsAt: `2026-12-05T${h}:00+08:00`, endsAt: `2026-12-05T${end}:00+08:00` })
const slots = [slot('09:00', '09:30'), slot('09:30', '10:00'), slot('10:00', '10:30')]
const tables = [{ id: 'A1', name: 'A1', capacity: 4 }, { id: 'A2', name: 'A2', capacity: 1 }]
const li = { personId: 'li', name: '李建国' }
const wang = { personId: 'wang', name: '王教授' }
const zhao = { personId: 'zhao', name: '赵工' }
const booked: Booked[] = [
  { id: 's1', tableId: 'A1', ...slot('09:00', '09:30'), status: 'confirmed', label: '验布需求', attendees: [{ ...li, response: 'accepted' }, { ...zhao, response: 'accepted' }] },
  { id: 's2', tableId: 'A2', ...slot('09:30', '10:30'), status: 'proposed', label: '印染需求', attendees: [{ ...zhao }] },
  { id: 's3', tableId: null, ...slot('10:00', '10:30'), status: 'cancelled', label: '取消的', attendees: [{ ...wang }] },
]
const t = (zh: string) => zh

describe('where a meeting fits in the grid', () => {
  test('a taken table, a person elsewhere, too few seats and a stated absence each say so; else it fits', () => {
    const chosen = { attendees: [li, wang] }
    expect(verdict(chosen, slots[0]!, tables[0]!, booked, new Map())).toEqual({ kind: 'taken', by: '验布需求' })
    // At another table at the same time, 李建国 is still at 验布需求.
    const clash = verdict(chosen, slots[0]!, { id: 'B1', name: 'B1', capacity: 4 }, booked, new Map())
    expect(clash).toEqual({ kind: 'clash', who: [{ name: '李建国', with: '验布需求' }] })
    expect(say(clash, t)).toBe('冲突：李建国 此时在「验布需求」')
    expect(verdict(chosen, slots[0]!, tables[1]!, booked.slice(2), new Map())).toEqual({ kind: 'seats', capacity: 1, needed: 2 })
    const away = new Map([['wang', [slot('10:00', '10:30')]]])
    expect(verdict(chosen, slots[1]!, tables[0]!, booked, away)).toEqual({ kind: 'unavailable', who: ['王教授'] })
    expect(verdict(chosen, slots[2]!, tables[0]!, booked, away)).toEqual({ kind: 'fits' })
  })

  test('a session being moved does not clash with itself, a declined attendee frees their time, a cancelled session frees its table', () => {
    expect(verdict({ sessionId: 's1', attendees: [li, zhao] }, slots[0]!, tables[0]!, booked, new Map())).toEqual({ kind: 'fits' })
    const declined = booked.map((s) => (s.id === 's1' ? { ...s, attendees: [{ ...li, response: 'declined' }] } : s))
    expect(verdict({ attendees: [li] }, slots[0]!, { id: 'B1', name: 'B1', capacity: 4 }, declined, new Map())).toEqual({ kind: 'fits' })
    expect(verdict({ attendees: [wang] }, slots[2]!, tables[0]!, booked, new Map())).toEqual({ kind: 'fits' })
  })

  test('an online room holds sessions side by side: only people can clash there', () => {
    const online = { id: 'A1', name: '线上', capacity: 100, parallel: true }
    expect(verdict({ attendees: [wang] }, slots[0]!, online, booked, new Map())).toEqual({ kind: 'fits' })
    expect(verdict({ attendees: [li] }, slots[0]!, online, booked, new Map())).toEqual({ kind: 'clash', who: [{ name: '李建国', with: '验布需求' }] })
  })

  test('a longer session covers every slot it overlaps, and clashes there', () => {
    expect(slotsOf(booked[1]!, slots)).toEqual([1, 2])
    const all = verdicts({ attendees: [zhao] }, slots, tables, booked, new Map())
    expect([...all].filter(([, v]) => v.kind === 'fits').map(([k]) => k)).toEqual([])
    expect(all.get('2/A1')).toEqual({ kind: 'clash', who: [{ name: '赵工', with: '印染需求' }] })
  })

  test('slots are grouped by day for the headers', () => {
    const twoDays = [...slots, { startsAt: '2026-12-06T09:00:00+08:00', endsAt: '2026-12-06T09:30:00+08:00' }]
    expect(dayGroups(twoDays, (iso) => iso.slice(0, 10))).toEqual([{ day: '2026-12-05', from: 0, count: 3 }, { day: '2026-12-06', from: 3, count: 1 }])
  })
})
