// Local wall-clock times in an event's time zone ↔ instants, with Intl only (no library, and
// nothing depends on the server's own TZ). Asia/Shanghai has no daylight saving, but the rule
// is general: find the zone's offset at the guessed instant, and check it again once moved.

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000)
}

/** "2026-12-05" + "08:30" in the zone → the instant. */
export function localToInstant(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  let instant = wall - offsetMinutes(new Date(wall), zone) * 60000
  instant = wall - offsetMinutes(new Date(instant), zone) * 60000
  return new Date(instant)
}

/** An instant as people at the event read it: "12月5日 08:50" in the event's zone. */
export function formatLocal(instant: Date, zone: string, parts: 'date-time' | 'time' = 'date-time'): string {
  const f = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit',
    ...(parts === 'date-time' ? { month: 'numeric', day: 'numeric' } : {}),
  })
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]))
  const time = `${p.hour}:${p.minute}`
  return parts === 'time' ? time : `${p.month}月${p.day}日 ${time}`
}

/** A range in the zone: "12月5日 08:50–09:10". */
export function formatLocalRange(range: { startsAt: Date; endsAt: Date }, zone: string): string {
  return `${formatLocal(range.startsAt, zone)}–${formatLocal(range.endsAt, zone, 'time')}`
}

/** The wall-clock date and hour in the zone at an instant. */
export function zonedParts(instant: Date, zone: string): { year: number; month: number; day: number; hour: number; date: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit' }).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), hour: Number(get('hour')), date: `${get('year')}-${get('month')}-${get('day')}` }
}
