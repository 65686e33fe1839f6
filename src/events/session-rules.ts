import { RuleError } from '../errors.ts'
import { openPeriods, withinOpenPeriods, type Range } from './slots.ts'
import { formatLocal, formatLocalRange } from './zoned-time.ts'

// Rules every session obeys, whoever books or moves it (by hand or through the scheduler).

interface EventHours {
  days: Range[]
  breaks: Range[]
  timeZone: string
}

/** The event's opening hours as people read them: "12月5日 08:30–10:00、10:20–12:00". */
export function describeOpeningHours(event: EventHours): string {
  const byDay = new Map<string, string[]>()
  for (const p of openPeriods(event.days, event.breaks)) {
    const [day] = formatLocal(p.startsAt, event.timeZone).split(' ')
    byDay.set(day!, [...(byDay.get(day!) ?? []), formatLocalRange(p, event.timeZone).split(' ')[1]!])
  }
  return [...byDay].map(([day, ranges]) => `${day} ${ranges.join('、')}`).join('；')
}

/** A session lies wholly inside the event's opening hours and touches no break. */
export function requireWithinOpeningHours(event: EventHours, range: Range): void {
  if (withinOpenPeriods(event.days, event.breaks, range)) return
  const asked = formatLocalRange(range, event.timeZone)
  throw new RuleError(
    'outside-opening-hours',
    `对接时间 ${asked} 不在活动开放时间内；开放时间为 ${describeOpeningHours(event)}（${event.timeZone}）(the session must fall within the event’s opening hours, outside its breaks)`,
    [{ path: 'startsAt', message: `开放时间：${describeOpeningHours(event)}` }],
  )
}

/** Held and no-show describe what happened: neither can be recorded before the session starts. */
export function requireStarted(status: string, startsAt: Date, now: Date, timeZone: string): void {
  if ((status === 'held' || status === 'no_show') && now < startsAt) {
    const label = status === 'held' ? '已举行' : '未到场'
    throw new RuleError('not-started-yet', `对接 ${formatLocal(startsAt, timeZone)} 才开始，开始前不能标记为「${label}」(a session cannot be marked ${status} before it starts)`, [{ path: 'status', message: '尚未开始' }])
  }
}
