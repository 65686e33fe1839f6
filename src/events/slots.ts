// The time slots of an event, pure: each day's opening hours, less its breaks, cut into slots of
// the event's length. After a break the grid starts again at the break's end, so a 10:00–10:20
// tea break costs one 20-minute slot, not two. Slot i starts before slot i + 1.

export interface Range {
  startsAt: Date
  endsAt: Date
}

const overlaps = (a: Range, b: Range) => a.startsAt < b.endsAt && b.startsAt < a.endsAt
const byStart = (a: Range, b: Range) => a.startsAt.getTime() - b.startsAt.getTime()

/** The stretches of time the event is open: its days with the breaks cut out. */
export function openPeriods(days: Range[], breaks: Range[]): Range[] {
  const periods: Range[] = []
  const sortedBreaks = [...breaks].sort(byStart)
  for (const day of [...days].sort(byStart)) {
    let from = day.startsAt.getTime()
    for (const b of sortedBreaks) {
      if (!overlaps(day, b)) continue
      if (b.startsAt.getTime() > from) periods.push({ startsAt: new Date(from), endsAt: b.startsAt })
      from = Math.max(from, b.endsAt.getTime())
    }
    if (from < day.endsAt.getTime()) periods.push({ startsAt: new Date(from), endsAt: day.endsAt })
  }
  return periods
}

export function eventSlots(days: Range[], breaks: Range[], slotMinutes: number): Range[] {
  const step = slotMinutes * 60000
  const slots: Range[] = []
  for (const period of openPeriods(days, breaks)) {
    for (let t = period.startsAt.getTime(); t + step <= period.endsAt.getTime(); t += step) {
      slots.push({ startsAt: new Date(t), endsAt: new Date(t + step) })
    }
  }
  return slots
}

/** Whether a session fits wholly inside the event's opening hours, touching no break. */
export function withinOpenPeriods(days: Range[], breaks: Range[], range: Range): boolean {
  return openPeriods(days, breaks).some((p) => p.startsAt <= range.startsAt && range.endsAt <= p.endsAt)
}

/** The slots that lie wholly inside one of a person's availability windows. */
export function slotsWithin(slots: Range[], windows: Range[]): Set<number> {
  const inside = new Set<number>()
  slots.forEach((slot, i) => {
    if (windows.some((w) => w.startsAt <= slot.startsAt && slot.endsAt <= w.endsAt)) inside.add(i)
  })
  return inside
}
