// The time slots of an event, pure: each day's opening hours cut into slots of the event's
// length, leaving out any slot that touches a break. Slot i starts before slot i + 1.

export interface Range {
  startsAt: Date
  endsAt: Date
}

const overlaps = (a: Range, b: Range) => a.startsAt < b.endsAt && b.startsAt < a.endsAt

export function eventSlots(days: Range[], breaks: Range[], slotMinutes: number): Range[] {
  const slots: Range[] = []
  for (const day of [...days].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    for (let t = day.startsAt.getTime(); t + slotMinutes * 60000 <= day.endsAt.getTime(); t += slotMinutes * 60000) {
      const slot = { startsAt: new Date(t), endsAt: new Date(t + slotMinutes * 60000) }
      if (!breaks.some((b) => overlaps(slot, b))) slots.push(slot)
    }
  }
  return slots
}

/** The slots that lie wholly inside one of a person's availability windows. */
export function slotsWithin(slots: Range[], windows: Range[]): Set<number> {
  const inside = new Set<number>()
  slots.forEach((slot, i) => {
    if (windows.some((w) => w.startsAt <= slot.startsAt && slot.endsAt <= w.endsAt)) inside.add(i)
  })
  return inside
}
