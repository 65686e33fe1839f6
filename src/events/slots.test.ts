import { expect, test } from 'vitest'
import { eventSlots, slotsWithin } from './slots.ts'
import { localToInstant, offsetMinutes } from './zoned-time.ts'

test('local event times are the same instants whatever zone the server runs in', () => {
  expect(localToInstant('2026-12-05', '08:30', 'Asia/Shanghai').toISOString()).toBe('2026-12-05T00:30:00.000Z')
  expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(120)
  expect(localToInstant('2026-03-29', '03:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z')
})

test('a day is cut into slots, none touching a break', () => {
  const at = (time: string) => localToInstant('2026-12-05', time, 'Asia/Shanghai')
  const slots = eventSlots([{ startsAt: at('08:30'), endsAt: at('12:30') }], [{ startsAt: at('10:00'), endsAt: at('10:20') }], 30)
  // 08:30–12:30 in 30-minute slots; the one from 10:00 touches the 10:00–10:20 break.
  expect(slots.map((s) => s.startsAt.getTime())).toEqual(['08:30', '09:00', '09:30', '10:30', '11:00', '11:30', '12:00'].map((t) => at(t).getTime()))
  expect(slotsWithin(slots, [{ startsAt: at('08:30'), endsAt: at('09:30') }])).toEqual(new Set([0, 1]))
})
