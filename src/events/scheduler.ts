import { colourEdges, equalise, type Edge } from './edge-colouring.ts'

// The timetable of a docking event, pure: which requested meetings to hold, and in which slot at
// which table, so that nobody is in two places at once, availability and breaks are respected
// (breaks are simply not slots), and the event ends as early as possible.

export interface MeetingRequest {
  id: string
  /** The enterprise's representative and the provider's (the expert): one meeting joins the two. */
  enterprisePerson: string
  providerPerson: string
  score: number
  /** Seats the meeting needs at its table. */
  seats: number
}

export interface ScheduleInput {
  /** Slot count; slot i starts before slot i + 1. */
  slots: number
  tables: { id: string; capacity: number }[]
  requests: MeetingRequest[]
  /** Most meetings a person takes at this event (default: one per slot). */
  capacity?: ReadonlyMap<string, number>
  /** Slots a person can come to; a person not named here can come to all. */
  availability?: ReadonlyMap<string, ReadonlySet<number>>
  /** Sessions the coordinator placed by hand: kept where they are, scheduled around. */
  pinned?: { requestId: string; enterprisePerson: string; providerPerson: string; slot: number; tableId: string }[]
}

export type DropReason = 'participant_capacity' | 'table_slots' | 'no_common_slot' | 'no_free_slot' | 'no_table_fits'
export const DROP_REASONS: Record<DropReason, string> = {
  participant_capacity: '参会人的对接场次已满 (a participant has no more capacity)',
  table_slots: '桌位与时段已全部排满 (every table in every slot is taken)',
  no_common_slot: '双方可到场的时段没有交集 (the two sides are never there at the same time)',
  no_free_slot: '双方共同可到场的时段都已排满 (every slot both can come to is taken)',
  no_table_fits: '没有座位足够的桌位 (no table seats this meeting)',
}

export interface Placement {
  requestId: string
  slot: number
  tableId: string
}

export interface Schedule {
  placed: Placement[]
  dropped: { requestId: string; reason: DropReason }[]
  /** The last slot used, plus one: how long the event runs. */
  slotsUsed: number
  /** No timetable of the held meetings can be shorter: max(largest load of one person, meetings ÷ tables). */
  lowerBound: number
  method: 'edge-colouring' | 'greedy'
}

export function schedule(input: ScheduleInput): Schedule {
  const pinned = input.pinned ?? []
  const tableCount = input.tables.length
  const load = new Map<string, number>()
  for (const p of pinned) for (const who of [p.enterprisePerson, p.providerPerson]) load.set(who, (load.get(who) ?? 0) + 1)
  const limit = (person: string) => Math.min(input.capacity?.get(person) ?? Infinity, input.availability?.get(person)?.size ?? input.slots)

  // 1. Choose: best score first (ties by id), while both people and the table-slots have room.
  const dropped: Schedule['dropped'] = []
  const chosen: MeetingRequest[] = []
  let room = tableCount * input.slots - pinned.length
  const maxSeats = Math.max(0, ...input.tables.map((t) => t.capacity))
  const canCome = (person: string, slot: number) => input.availability?.get(person)?.has(slot) ?? true
  const sharedSlots = (r: MeetingRequest) => {
    let n = 0
    for (let s = 0; s < input.slots; s++) if (canCome(r.enterprisePerson, s) && canCome(r.providerPerson, s)) n++
    return n
  }
  for (const r of [...input.requests].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))) {
    if (r.seats > maxSeats) dropped.push({ requestId: r.id, reason: 'no_table_fits' })
    else if (sharedSlots(r) === 0) dropped.push({ requestId: r.id, reason: 'no_common_slot' })
    else if ((load.get(r.enterprisePerson) ?? 0) >= limit(r.enterprisePerson) || (load.get(r.providerPerson) ?? 0) >= limit(r.providerPerson)) {
      dropped.push({ requestId: r.id, reason: 'participant_capacity' })
    } else if (room <= 0) dropped.push({ requestId: r.id, reason: 'table_slots' })
    else {
      chosen.push(r)
      room--
      for (const who of [r.enterprisePerson, r.providerPerson]) load.set(who, (load.get(who) ?? 0) + 1)
    }
  }
  const lowerBound = Math.max(0, ...load.values(), Math.ceil((chosen.length + pinned.length) / Math.max(tableCount, 1)))

  // 2. Place. Unconstrained, an equitable edge colouring reaches the lower bound exactly.
  const seatsFit = input.tables.every((t) => t.capacity >= Math.max(0, ...chosen.map((r) => r.seats)))
  const placed =
    pinned.length === 0 && !input.availability?.size && seatsFit && lowerBound <= input.slots
      ? byColouring(chosen, input.tables, lowerBound)
      : undefined
  const result = placed ?? greedy(chosen, input, dropped, canCome, sharedSlots)
  const all = [...pinned.map(({ requestId, slot, tableId }) => ({ requestId, slot, tableId })), ...result]
  return {
    placed: all,
    dropped,
    slotsUsed: all.length ? Math.max(...all.map((p) => p.slot)) + 1 : 0,
    lowerBound,
    method: placed ? 'edge-colouring' : 'greedy',
  }
}

function byColouring(chosen: MeetingRequest[], tables: ScheduleInput['tables'], k: number): Placement[] {
  if (chosen.length === 0) return []
  const index = (map: Map<string, number>, key: string) => map.get(key) ?? map.set(key, map.size).get(key)!
  const lefts = new Map<string, number>()
  const rights = new Map<string, number>()
  const edges: Edge[] = chosen.map((r) => ({ left: index(lefts, r.enterprisePerson), right: index(rights, r.providerPerson) }))
  const colours = equalise(edges, colourEdges(edges, lefts.size, rights.size, k), k)
  const used = new Array<number>(k).fill(0)
  return chosen.map((r, e) => ({ requestId: r.id, slot: colours[e]!, tableId: tables[used[colours[e]!]!++]!.id }))
}

/** Most constrained first, each into the earliest slot where both people and a fitting table are free. */
function greedy(
  chosen: MeetingRequest[],
  input: ScheduleInput,
  dropped: Schedule['dropped'],
  canCome: (person: string, slot: number) => boolean,
  options: (r: MeetingRequest) => number,
): Placement[] {
  const busy = new Set<string>()
  const tableTaken = new Set<string>()
  for (const p of input.pinned ?? []) {
    busy.add(`${p.enterprisePerson}@${p.slot}`).add(`${p.providerPerson}@${p.slot}`)
    tableTaken.add(`${p.tableId}@${p.slot}`)
  }
  const tables = [...input.tables].sort((a, b) => a.capacity - b.capacity || (a.id < b.id ? -1 : 1))
  const order = chosen.map((r) => ({ r, n: options(r) })).sort((a, b) => a.n - b.n || b.r.score - a.r.score || (a.r.id < b.r.id ? -1 : 1))
  const placed: Placement[] = []
  for (const { r } of order) {
    let done = false
    for (let s = 0; s < input.slots && !done; s++) {
      if (!canCome(r.enterprisePerson, s) || !canCome(r.providerPerson, s)) continue
      if (busy.has(`${r.enterprisePerson}@${s}`) || busy.has(`${r.providerPerson}@${s}`)) continue
      const table = tables.find((t) => t.capacity >= r.seats && !tableTaken.has(`${t.id}@${s}`))
      if (!table) continue
      busy.add(`${r.enterprisePerson}@${s}`).add(`${r.providerPerson}@${s}`)
      tableTaken.add(`${table.id}@${s}`)
      placed.push({ requestId: r.id, slot: s, tableId: table.id })
      done = true
    }
    if (!done) dropped.push({ requestId: r.id, reason: 'no_free_slot' })
  }
  return placed
}
