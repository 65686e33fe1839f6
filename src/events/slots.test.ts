import { expect, test } from 'vitest'
import { eventSlots, slotsWithin, withinOpenPeriods } from './slots.ts'
import { formatLocal, formatLocalRange, localToInstant, offsetMinutes } from './zoned-time.ts'

test('local event times are the same instants whatever zone the server runs in', () => {
  expect(localToInstant('2026-12-05', '08:30', 'Asia/Shanghai').toISOString()).toBe('2026-12-05T00:30:00.000Z')
  expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(120)
  expect(localToInstant('2026-03-29', '03:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z')
})

test('a day is cut into slots, none touching a break, and the grid starts again when a break ends', () => {
  const at = (time: string) => localToInstant('2026-12-05', time, 'Asia/Shanghai')
  const slots = eventSlots([{ startsAt: at('08:30'), endsAt: at('12:30') }], [{ startsAt: at('10:00'), endsAt: at('10:20') }], 30)
  // 08:30–10:00 then 10:20–12:30 in 30-minute slots.
  expect(slots.map((s) => s.startsAt.getTime())).toEqual(['08:30', '09:00', '09:30', '10:20', '10:50', '11:20', '11:50'].map((t) => at(t).getTime()))
  expect(slotsWithin(slots, [{ startsAt: at('08:30'), endsAt: at('09:30') }])).toEqual(new Set([0, 1]))
})

test('a tea break costs only its own time: 08:30–14:40 with 10:00–10:20 off holds 17 slots of 20 minutes, not 16', () => {
  const at = (time: string) => localToInstant('2026-12-05', time, 'Asia/Shanghai')
  const slots = eventSlots([{ startsAt: at('08:30'), endsAt: at('14:40') }], [{ startsAt: at('10:00'), endsAt: at('10:20') }], 20)
  expect(slots).toHaveLength(17)
  expect(slots.map((s) => formatLocal(s.startsAt, 'Asia/Shanghai', 'time'))).toContain('09:30')
  expect(slots.map((s) => formatLocal(s.startsAt, 'Asia/Shanghai', 'time'))).toContain('10:20')
  expect(slots.every((s) => !(s.startsAt < at('10:20') && at('10:00') < s.endsAt))).toBe(true)
})

test('a session fits only inside the opening hours and outside the breaks', () => {
  const at = (time: string) => localToInstant('2026-12-05', time, 'Asia/Shanghai')
  const days = [{ startsAt: at('08:30'), endsAt: at('12:30') }]
  const breaks = [{ startsAt: at('10:00'), endsAt: at('10:20') }]
  expect(withinOpenPeriods(days, breaks, { startsAt: at('09:40'), endsAt: at('10:00') })).toBe(true)
  expect(withinOpenPeriods(days, breaks, { startsAt: at('09:50'), endsAt: at('10:10') })).toBe(false)
  expect(withinOpenPeriods(days, breaks, { startsAt: at('22:00'), endsAt: at('22:20') })).toBe(false)
  expect(formatLocalRange({ startsAt: at('08:50'), endsAt: at('09:10') }, 'Asia/Shanghai')).toBe('12月5日 08:50–09:10')
})

test('a table named as a table is not called a table twice', async () => {
  const { tablePlace } = await import('./table-place.ts')
  expect(tablePlace('A1')).toBe('A1 桌')
  expect(tablePlace('对接1号桌')).toBe('对接1号桌')
  expect(tablePlace('第二会议室')).toBe('第二会议室')
})
