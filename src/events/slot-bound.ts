// How early any timetable of a given set of meetings can end, with availability: each person needs
// as many distinct slots as they have meetings, among the slots where they can come and where at least
// one of their counterparts can too; so the event runs at least until that person's load-th such slot.
// With the tables: never fewer than ⌈meetings ÷ tables⌉ slots; and never before a kept session's slot.

export interface BoundMeeting {
  people: string[]
  /** Slots all its people can come to. */
  common: readonly number[]
}

export function slotLowerBound(meetings: readonly BoundMeeting[], fixed: readonly { people: string[]; slot: number }[], tables: number): number {
  const usable = new Map<string, Set<number>>()
  const load = new Map<string, number>()
  const add = (who: string, slots: Iterable<number>) => {
    const set = usable.get(who) ?? usable.set(who, new Set()).get(who)!
    for (const s of slots) set.add(s)
    load.set(who, (load.get(who) ?? 0) + 1)
  }
  for (const m of meetings) for (const who of m.people) add(who, m.common)
  for (const f of fixed) for (const who of f.people) add(who, [f.slot])
  let bound = Math.ceil((meetings.length + fixed.length) / Math.max(tables, 1))
  for (const f of fixed) bound = Math.max(bound, f.slot + 1)
  for (const [who, n] of load) {
    const sorted = [...usable.get(who)!].sort((a, b) => a - b)
    // Fewer usable slots than meetings cannot happen for a chosen set; guard anyway.
    bound = Math.max(bound, (sorted[Math.min(n, sorted.length) - 1] ?? -1) + 1)
  }
  return bound
}
