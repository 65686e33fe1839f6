import { colourEdges, equalise, type Edge } from './edge-colouring.ts'
import { place } from './placement.ts'
import { slotLowerBound } from './slot-bound.ts'
import { selectByValue } from './value-selection.ts'

// The timetable of a docking event, pure: which requested meetings to hold, and in which slot at
// which table, so that nobody is in two places at once, availability and breaks are respected
// (breaks are simply not slots), and the event ends as early as possible.

/** How much a meeting matters: accepted requests first, then must-meets, then the coordinator's shortlist. */
export type Priority = 'request' | 'must_meet' | 'shortlisted'
export const PRIORITY_RANK: Record<Priority, number> = { request: 2, must_meet: 1, shortlisted: 0 }

export interface MeetingRequest {
  id: string
  /** The enterprise's representative and the provider's (the expert): one meeting joins the two. */
  enterprisePerson: string
  providerPerson: string
  /** Within a priority, higher is better (the match score; a group session's is the sum of its pairs'). */
  score: number
  /** Seats the meeting needs at its table. */
  seats: number
  priority?: Priority
  /** A group (1:n) session: further enterprise people meeting the same provider at the same table. */
  groupWith?: string[]
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
  pinned?: { requestId: string; enterprisePerson: string; providerPerson: string; groupWith?: string[]; slot: number; tableId: string }[]
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

/** Meetings held by priority, and the sum of their scores. */
export interface Tally {
  request: number
  must_meet: number
  shortlisted: number
  score: number
}

export interface Schedule {
  placed: Placement[]
  dropped: { requestId: string; reason: DropReason }[]
  /** The last slot used, plus one: how long the event runs. */
  slotsUsed: number
  /** No timetable of the held meetings can be shorter (slot-bound.ts: each person's load against the slots they can use, and meetings ÷ tables). */
  lowerBound: number
  method: 'edge-colouring' | 'search' | 'exact'
  /**
   * What the timetable holds, and what no timetable can beat: the best set when only each person's
   * limit and the number of table-slots count (value-selection.ts), compared priority by priority.
   * Null when group sessions are asked for (the bound is for pairs).
   */
  value: { placed: Tally; bound: Tally | null }
  /** Provably best: the slots used meet the lower bound; the value placed meets its bound. */
  proven: { slots: boolean; value: boolean }
  /** Per person: meetings asked of them, how many were placed, and the same for accepted requests. */
  participants: { person: string; meetings: number; placed: number; requests: number; requestsPlaced: number }[]
}

const peopleOf = (r: Pick<MeetingRequest, 'enterprisePerson' | 'providerPerson' | 'groupWith'>) => [r.enterprisePerson, r.providerPerson, ...(r.groupWith ?? [])]
const pinnedPeople = peopleOf
const rankOf = (r: MeetingRequest) => PRIORITY_RANK[r.priority ?? 'shortlisted']
const byValue = (a: MeetingRequest, b: MeetingRequest) => rankOf(b) - rankOf(a) || b.score - a.score || (a.id < b.id ? -1 : 1)

/**
 * What holding each meeting is worth, as an integer: its priority outweighs every score below it (the
 * step is more than all scores together), then its score in thousandths. Sums stay exact.
 */
export function worthOf(requests: readonly MeetingRequest[]) {
  const points = (r: MeetingRequest) => Math.round(r.score * 1000) + 1
  const step = requests.reduce((sum, r) => sum + points(r), 0) + 1
  return (r: MeetingRequest) => rankOf(r) * step + points(r)
}

/** `start`: a placement to begin from (an exact solver's), improved by the same search. */
export function schedule(input: ScheduleInput, options: { start?: ReadonlyMap<string, { slot: number; tableId: string }> } = {}): Schedule {
  const pinned = input.pinned ?? []
  const tableCount = input.tables.length
  const load = new Map<string, number>()
  for (const p of pinned) for (const who of pinnedPeople(p)) load.set(who, (load.get(who) ?? 0) + 1)
  const limit = (person: string) => Math.min(input.capacity?.get(person) ?? Infinity, input.availability?.get(person)?.size ?? input.slots)
  const canCome = (person: string, slot: number) => input.availability?.get(person)?.has(slot) ?? true
  const commonSlots = (r: MeetingRequest) => {
    const people = peopleOf(r)
    const out: number[] = []
    for (let s = 0; s < input.slots; s++) if (people.every((who) => canCome(who, s))) out.push(s)
    return out
  }
  const full = (r: MeetingRequest) => peopleOf(r).some((who) => (load.get(who) ?? 0) >= limit(who))

  // 1. Choose the most valuable set that people's limits and the table-slots allow.
  const dropped: Schedule['dropped'] = []
  const maxSeats = Math.max(0, ...input.tables.map((t) => t.capacity))
  const candidates: MeetingRequest[] = []
  for (const r of [...input.requests].sort(byValue)) {
    if (r.seats > maxSeats) dropped.push({ requestId: r.id, reason: 'no_table_fits' })
    else if (commonSlots(r).length === 0) dropped.push({ requestId: r.id, reason: 'no_common_slot' })
    else candidates.push(r)
  }
  const room = tableCount * input.slots - pinned.length
  const groups = candidates.some((r) => r.groupWith?.length)
  const worth = worthOf(candidates)
  const picked = groups ? pickInOrder(candidates, room, full, load) : pickByValue(candidates, room, limit, load, worth)
  const chosen = candidates.filter((_, i) => picked.has(i))
  for (const who of chosen.flatMap(peopleOf)) load.set(who, (load.get(who) ?? 0) + 1)
  const left = candidates.filter((_, i) => !picked.has(i))
  for (const r of left) dropped.push({ requestId: r.id, reason: full(r) ? 'participant_capacity' : 'table_slots' })
  const commonOf = new Map(chosen.map((r) => [r.id, commonSlots(r)]))
  const lowerBound = slotLowerBound(chosen.map((r) => ({ people: peopleOf(r), common: commonOf.get(r.id)! })), pinned.map((p) => ({ people: pinnedPeople(p), slot: p.slot })), tableCount)

  // 2. Place. Unconstrained, an equitable edge colouring reaches the lower bound exactly.
  const seatsFit = input.tables.every((t) => t.capacity >= Math.max(0, ...chosen.map((r) => r.seats)))
  const coloured =
    !options.start && !groups && pinned.length === 0 && !input.availability?.size && seatsFit && lowerBound <= input.slots
      ? byColouring(chosen, input.tables, lowerBound)
      : undefined
  let result = coloured
  if (!result) {
    const meeting = (r: MeetingRequest) => ({ id: r.id, people: peopleOf(r), seats: r.seats, value: worth(r) })
    const order = [...chosen].sort((a, b) => rankOf(b) - rankOf(a) || commonOf.get(a.id)!.length - commonOf.get(b.id)!.length || b.score - a.score || (a.id < b.id ? -1 : 1))
    const board = { slots: input.slots, tables: input.tables, canCome, fixed: pinned.map((p) => ({ id: p.requestId, people: pinnedPeople(p), slot: p.slot, tableId: p.tableId })) }
    const byId = new Map(left.map((r) => [r.id, r]))
    const extras = {
      meetings: left.map(meeting),
      admit: (m: { id: string }) => !full(byId.get(m.id)!),
      admitted: (m: { people: string[] }) => { for (const who of m.people) load.set(who, (load.get(who) ?? 0) + 1) },
    }
    const placement = place(board, order.map(meeting), extras, lowerBound, options.start ? { start: options.start } : {})
    result = placement.placed
    const out = new Set(placement.out)
    for (let i = dropped.length - 1; i >= 0; i--) if (placement.extras.has(dropped[i]!.requestId)) dropped.splice(i, 1)
    for (const r of chosen) if (out.has(r.id)) dropped.push({ requestId: r.id, reason: 'no_free_slot' })
  }
  const all = [...pinned.map(({ requestId, slot, tableId }) => ({ requestId, slot, tableId })), ...result]
  const slotsUsed = all.length ? Math.max(...all.map((p) => p.slot)) + 1 : 0
  const value = { placed: tally(input.requests, new Set(result.map((p) => p.requestId))), bound: groups ? null : tally(chosen, new Set(chosen.map((r) => r.id))) }
  return {
    placed: all,
    dropped,
    slotsUsed,
    lowerBound,
    method: coloured ? 'edge-colouring' : 'search',
    value,
    proven: { slots: slotsUsed <= lowerBound, value: !!value.bound && (['request', 'must_meet', 'shortlisted', 'score'] as const).every((k) => value.placed[k] === value.bound![k]) },
    participants: perParticipant(input.requests, new Set(result.map((p) => p.requestId))),
  }
}

/** Exact for pairs: a max-weight b-matching, priorities strictly first (each rank outweighs all ranks below). */
function pickByValue(candidates: MeetingRequest[], room: number, limit: (who: string) => number, load: ReadonlyMap<string, number>, worth: (r: MeetingRequest) => number) {
  const demand = new Map<string, number>()
  for (const who of candidates.flatMap(peopleOf)) demand.set(who, (demand.get(who) ?? 0) + 1)
  // Often everything fits: nobody is asked for more than they can take, nor the tables for more than they hold.
  if (candidates.length <= room && [...demand].every(([who, n]) => n + (load.get(who) ?? 0) <= limit(who))) return new Set(candidates.keys())
  const pairs = candidates.map((r) => ({ left: r.enterprisePerson, right: r.providerPerson, weight: worth(r) }))
  return selectByValue(pairs, (who) => limit(who) - (load.get(who) ?? 0), room)
}

/** With group sessions: best first, while all its people and the table-slots have room. */
function pickInOrder(candidates: MeetingRequest[], room: number, full: (r: MeetingRequest) => boolean, load: Map<string, number>) {
  const picked = new Set<number>()
  const added = new Map<string, number>()
  candidates.forEach((r, i) => {
    if (picked.size >= room || full(r)) return
    picked.add(i)
    for (const who of peopleOf(r)) load.set(who, (load.get(who) ?? 0) + 1), added.set(who, (added.get(who) ?? 0) + 1)
  })
  for (const [who, n] of added) load.set(who, load.get(who)! - n) // the caller counts the chosen in
  return picked
}

/** What `held` of `requests` amounts to: meetings by priority, and their scores' sum. */
export function tally(requests: readonly MeetingRequest[], held: ReadonlySet<string>): Tally {
  const t: Tally = { request: 0, must_meet: 0, shortlisted: 0, score: 0 }
  for (const r of requests) {
    if (!held.has(r.id)) continue
    t[r.priority ?? 'shortlisted']++
    t.score += r.score
  }
  t.score = Math.round(t.score * 1000) / 1000
  return t
}

function perParticipant(requests: readonly MeetingRequest[], held: ReadonlySet<string>) {
  const rows = new Map<string, Schedule['participants'][number]>()
  for (const r of requests) {
    for (const person of peopleOf(r)) {
      const row = rows.get(person) ?? { person, meetings: 0, placed: 0, requests: 0, requestsPlaced: 0 }
      const placed = held.has(r.id) ? 1 : 0
      row.meetings++
      row.placed += placed
      if (r.priority === 'request') (row.requests++, (row.requestsPlaced += placed))
      rows.set(person, row)
    }
  }
  return [...rows.values()].sort((a, b) => (a.person < b.person ? -1 : 1))
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
