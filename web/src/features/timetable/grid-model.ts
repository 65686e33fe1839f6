// The timetable grid's rules, apart from any screen: where a chosen meeting would fit, and where it
// would clash and with whom. The server has the last word (its constraints refuse any overlap);
// this lets the coordinator see the answer on every cell before trying.

export interface Slot { startsAt: string; endsAt: string }
/** A table or room; `parallel` (an online event's virtual room) holds any number of sessions at once. */
export interface Table { id: string; name: string; capacity: number; parallel?: boolean }
export interface Person { personId: string; name: string }
export interface Booked {
  id: string
  tableId: string | null
  startsAt: string
  endsAt: string
  status: string
  label: string
  attendees: (Person & { response?: string })[]
}
/** A meeting being placed: a session being moved (its id), or one from the tray. */
export interface Chosen { sessionId?: string; attendees: Person[] }

export type Verdict =
  | { kind: 'fits' }
  | { kind: 'unavailable'; who: string[] }
  | { kind: 'clash'; who: { name: string; with: string }[] }
  | { kind: 'taken'; by: string }
  | { kind: 'seats'; capacity: number; needed: number }

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt)

const live = (s: Booked) => s.status !== 'cancelled'

/** The slots a booking covers (a hand-booked session may be longer than one slot). */
export function slotsOf(booking: { startsAt: string; endsAt: string }, slots: Slot[]) {
  const covered: number[] = []
  slots.forEach((slot, i) => { if (overlaps(slot, booking)) covered.push(i) })
  return covered
}

/**
 * The verdict on placing `chosen` at `slot` and `table`, worst first: the table is taken, a person
 * is elsewhere then, the table has too few seats, someone said they cannot come then; else it fits.
 */
export function verdict(chosen: Chosen, slot: Slot, table: Table, booked: Booked[], availability: Map<string, Slot[]>): Verdict {
  const others = booked.filter((s) => live(s) && s.id !== chosen.sessionId && overlaps(s, slot))
  const atTable = table.parallel ? undefined : others.find((s) => s.tableId === table.id)
  if (atTable) return { kind: 'taken', by: atTable.label }
  const who: { name: string; with: string }[] = []
  for (const person of chosen.attendees) {
    const elsewhere = others.find((s) => s.attendees.some((a) => a.personId === person.personId && a.response !== 'declined'))
    if (elsewhere) who.push({ name: person.name, with: elsewhere.label })
  }
  if (who.length) return { kind: 'clash', who }
  if (table.capacity < chosen.attendees.length) return { kind: 'seats', capacity: table.capacity, needed: chosen.attendees.length }
  const away = chosen.attendees.filter((p) => {
    const windows = availability.get(p.personId)
    return windows !== undefined && !windows.some((w) => Date.parse(w.startsAt) <= Date.parse(slot.startsAt) && Date.parse(slot.endsAt) <= Date.parse(w.endsAt))
  })
  if (away.length) return { kind: 'unavailable', who: away.map((p) => p.name) }
  return { kind: 'fits' }
}

/** Every cell's verdict, keyed `${slotIndex}/${tableId}`. */
export function verdicts(chosen: Chosen, slots: Slot[], tables: Table[], booked: Booked[], availability: Map<string, Slot[]>) {
  const out = new Map<string, Verdict>()
  slots.forEach((slot, i) => { for (const table of tables) out.set(`${i}/${table.id}`, verdict(chosen, slot, table, booked, availability)) })
  return out
}

/** The words a cell says (and a screen reader reads) for its verdict. */
export function describe(v: Verdict, t: (zh: string, en: string) => string) {
  switch (v.kind) {
    case 'fits': return t('可安排', 'Fits')
    case 'taken': return t(`已被占用：${v.by}`, `Taken: ${v.by}`)
    case 'clash': return t(`冲突：${v.who.map((w) => `${w.name} 此时在「${w.with}」`).join('；')}`, `Clash: ${v.who.map((w) => `${w.name} is at “${w.with}”`).join('; ')}`)
    case 'seats': return t(`座位不足：${v.capacity} 座，需 ${v.needed} 人`, `Too few seats: ${v.capacity} for ${v.needed}`)
    case 'unavailable': return t(`${v.who.join('、')} 此时段不便到场`, `${v.who.join(', ')} cannot come then`)
  }
}

/** Which day each slot belongs to (slots are in order), for the grid's day headers. */
export function dayGroups(slots: Slot[], dayOf: (iso: string) => string) {
  const groups: { day: string; from: number; count: number }[] = []
  slots.forEach((slot, i) => {
    const day = dayOf(slot.startsAt)
    const last = groups.at(-1)
    if (last && last.day === day) last.count++
    else groups.push({ day, from: i, count: 1 })
  })
  return groups
}
