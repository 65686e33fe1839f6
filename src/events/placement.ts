// Placing chosen meetings into slots and tables, with availability and pinned sessions: a greedy
// start, then a local search that never loses what the start holds. The search (i) fits in meetings
// the start could not place, and (ii) pulls the last slot's meetings earlier until the timetable ends
// at the lower bound or no move helps — each by ejection chains: put a meeting where it should go
// and move the one meeting in its way elsewhere, and that one's in turn, to a small depth.

export interface Meeting {
  id: string
  people: string[]
  seats: number
  /** What holding it is worth (priority first, then score): a meeting only displaces ones worth less. */
  value: number
}

export interface Placement {
  requestId: string
  slot: number
  tableId: string
}

export interface Board {
  slots: number
  tables: { id: string; capacity: number }[]
  canCome: (person: string, slot: number) => boolean
  /** Sessions kept where they are. */
  fixed: { id: string; people: string[]; slot: number; tableId: string }[]
}

const DEPTH = 2
/** Slot checks the search may spend: bounded work, so the same input always gives the same timetable. */
const BUDGET = 400_000

/** The state of the grid: who and which table is taken when, by which meeting. */
class Grid {
  private person = new Map<string, string>()
  private table = new Map<string, string>()
  readonly at = new Map<string, { slot: number; tableId: string }>()
  private readonly meetings = new Map<string, Meeting>()
  private readonly tables: Board['tables']
  private readonly fixed = new Set<string>()
  private readonly board: Board
  work = 0

  constructor(board: Board) {
    this.board = board
    this.tables = [...board.tables].sort((a, b) => a.capacity - b.capacity || (a.id < b.id ? -1 : 1))
    for (const f of board.fixed) {
      this.fixed.add(f.id)
      this.put({ id: f.id, people: f.people, seats: 0, value: Infinity }, f.slot, f.tableId)
    }
  }

  put(m: Meeting, slot: number, tableId: string) {
    this.meetings.set(m.id, m)
    for (const who of m.people) this.person.set(`${who}@${slot}`, m.id)
    this.table.set(`${tableId}@${slot}`, m.id)
    this.at.set(m.id, { slot, tableId })
  }

  take(id: string) {
    const where = this.at.get(id)!
    for (const who of this.meetings.get(id)!.people) this.person.delete(`${who}@${where.slot}`)
    this.table.delete(`${where.tableId}@${where.slot}`)
    this.at.delete(id)
    return where
  }

  tableFree(m: Meeting, slot: number, tableId: string) {
    return !this.table.has(`${tableId}@${slot}`) && this.tables.some((t) => t.id === tableId && t.capacity >= m.seats)
  }

  freeTable(m: Meeting, slot: number) {
    return this.tables.find((t) => t.capacity >= m.seats && !this.table.has(`${t.id}@${slot}`))
  }

  /** The meetings in the way of `m` at `slot` (its people's), or null if one of them is fixed or someone cannot come. */
  blockers(m: Meeting, slot: number): Set<string> | null {
    const out = new Set<string>()
    for (const who of m.people) {
      if (!this.board.canCome(who, slot)) return null
      const id = this.person.get(`${who}@${slot}`)
      if (id === undefined) continue
      if (this.fixed.has(id)) return null
      out.add(id)
    }
    return out
  }

  /** Places `m` in a slot below `limit`, moving at most one meeting in its way per step, `depth` steps deep. */
  insert(m: Meeting, limit: number, depth: number, moving: Set<string>): boolean {
    // Moves only shift meetings between free cells: with none, nothing more fits.
    if (this.freeCells() === 0) return false
    for (let s = 0; s < limit && this.work < BUDGET; s++) {
      this.work++
      const blocking = this.blockers(m, s)
      if (!blocking) continue
      if (blocking.size === 0) {
        const t = this.freeTable(m, s)
        if (t) {
          this.put(m, s, t.id)
          return true
        }
      }
      if (depth === 0 || blocking.size > 1) continue
      // One meeting in the way (of its people, or holding the only table that would seat it): move it.
      const inWay = blocking.size === 1 ? [...blocking] : this.tables.filter((t) => t.capacity >= m.seats).map((t) => this.table.get(`${t.id}@${s}`)!).filter((id) => id !== undefined && !this.fixed.has(id))
      for (const id of inWay) {
        if (moving.has(id)) continue
        const other = this.meetings.get(id)!
        const was = this.take(id)
        const t = this.freeTable(m, s)
        if (t) {
          this.put(m, s, t.id)
          moving.add(m.id)
          if (this.insert(other, limit, depth - 1, moving)) {
            moving.delete(m.id)
            return true
          }
          moving.delete(m.id)
          this.take(m.id)
        }
        this.put(other, was.slot, was.tableId)
      }
    }
    return false
  }

  /**
   * Holds `m` by letting go of meetings worth less in its way — its people's, and a table's if none is
   * free — each then moved elsewhere if it can be. Returns those that could not be, or null if no slot gains.
   */
  displace(m: Meeting): Meeting[] | null {
    const options: { slot: number; ids: string[]; lost: number }[] = []
    for (let s = 0; s < this.board.slots; s++) {
      this.work++
      const blocking = this.blockers(m, s)
      if (!blocking) continue
      const ids = [...blocking]
      const freed = (id: string) => this.meetings.get(id)!.seats >= m.seats
      if (!this.freeTable(m, s) && !ids.some((id) => freed(id) && this.tableFits(id, m))) {
        const cheapest = this.tables.filter((t) => t.capacity >= m.seats).map((t) => this.table.get(`${t.id}@${s}`)).filter((id): id is string => !!id && !this.fixed.has(id))
          .sort((a, b) => this.meetings.get(a)!.value - this.meetings.get(b)!.value)[0]
        if (!cheapest) continue
        ids.push(cheapest)
      }
      const lost = ids.reduce((sum, id) => sum + this.meetings.get(id)!.value, 0)
      if (lost < m.value) options.push({ slot: s, ids, lost })
    }
    const best = options.sort((a, b) => a.lost - b.lost || a.slot - b.slot)[0]
    if (!best) return null
    const removed = best.ids.map((id) => this.meetings.get(id)!)
    for (const r of removed) this.take(r.id)
    this.put(m, best.slot, this.freeTable(m, best.slot)!.id)
    return removed.filter((r) => !this.insert(r, this.board.slots, 1, new Set([m.id])))
  }

  private tableFits(id: string, m: Meeting) {
    const where = this.at.get(id)
    return !!where && this.tables.some((t) => t.id === where.tableId && t.capacity >= m.seats)
  }

  lastSlot() {
    let last = -1
    for (const { slot } of this.at.values()) last = Math.max(last, slot)
    return last
  }

  freeCells() {
    return this.board.slots * this.tables.length - this.table.size
  }

  movableAt(slot: number) {
    return [...this.at].filter(([id, w]) => w.slot === slot && !this.fixed.has(id)).map(([id]) => this.meetings.get(id)!)
  }

  isFixed(id: string) {
    return this.fixed.has(id)
  }
}

/**
 * Places `order` (most important first) greedily, each in the earliest slot that fits; tries
 * `extras` after, where they fit and `admit` lets them (a person's limit); then improves: inserts what is still out, then shortens the event
 * towards `target` slots. Returns the placements and the ids left out.
 */
export function place(
  board: Board, order: Meeting[], extras: { meetings: Meeting[]; admit: (m: Meeting) => boolean; admitted: (m: Meeting) => void }, target: number,
  options: { search?: boolean; start?: ReadonlyMap<string, { slot: number; tableId: string }> } = {},
) {
  const grid = new Grid(board)
  const out: Meeting[] = []
  const extraPlaced = new Set<string>()
  // A given start first (each checked: its people free and able to come, its table free and big enough).
  if (options.start) {
    for (const m of [...order, ...extras.meetings]) {
      const at = options.start.get(m.id)
      if (!at || grid.blockers(m, at.slot)?.size !== 0 || !grid.tableFree(m, at.slot, at.tableId)) continue
      if (extras.meetings.includes(m)) {
        if (!extras.admit(m)) continue
        extraPlaced.add(m.id)
        extras.admitted(m)
      }
      grid.put(m, at.slot, at.tableId)
    }
  }
  for (const m of order) if (!grid.at.has(m.id) && !grid.insert(m, board.slots, 0, new Set())) out.push(m)
  const tryExtras = (depth: number) => {
    for (const m of extras.meetings) {
      if (extraPlaced.has(m.id) || !extras.admit(m) || !grid.insert(m, board.slots, depth, new Set())) continue
      extraPlaced.add(m.id)
      extras.admitted(m)
    }
  }
  if (options.search === false) tryExtras(0)
  else {
    // (i) What the start could not place: if a chain of moves makes room; else in place of meetings worth less.
    const queue = [...out]
    out.length = 0
    while (queue.length && grid.work < BUDGET) {
      const m = queue.shift()!
      if (grid.insert(m, board.slots, DEPTH, new Set())) continue
      const let_go = grid.displace(m)
      if (let_go) out.push(...let_go)
      else out.push(m)
    }
    out.push(...queue)
    // Then what the choice left out, where room is left (the chains above may have used it).
    tryExtras(0)
    if (grid.freeCells() > 0) tryExtras(DEPTH)
    // (ii) End earlier: move every meeting of the last slot before it, while that succeeds.
    for (let last = grid.lastSlot(); last >= target && grid.work < 200_000; last = grid.lastSlot()) {
      const inLast = grid.movableAt(last)
      if (inLast.length === 0 || [...grid.at.keys()].some((id) => grid.isFixed(id) && grid.at.get(id)!.slot === last)) break
      let all = true
      for (const m of inLast) {
        const was = grid.take(m.id)
        if (!grid.insert(m, last, DEPTH, new Set())) {
          grid.put(m, was.slot, was.tableId)
          all = false
          break
        }
      }
      if (!all) break
    }
  }
  const fixed = new Set(board.fixed.map((f) => f.id))
  const placed: Placement[] = [...grid.at].filter(([id]) => !fixed.has(id)).map(([requestId, w]) => ({ requestId, ...w }))
  const held = new Set(placed.map((p) => p.requestId))
  return { placed, out: order.filter((m) => !held.has(m.id)).map((m) => m.id), extras: new Set([...extraPlaced].filter((id) => held.has(id))) }
}
