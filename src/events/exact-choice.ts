import { schedule, tally, worthOf, type MeetingRequest, type Schedule, type ScheduleInput, type Tally } from './scheduler.ts'

// When the search cannot show its timetable holds the most that any could (its value is below the
// bound), solve the choice exactly: a mixed-integer programme over "this meeting in this slot", by
// HiGHS compiled to WebAssembly, in-process, within a time limit. Its slots then start the same search,
// which ends the timetable as early as it can; the better of the two is kept, so it is never worse.

// Loaded on first need, not with the app: 3.5 MB of WebAssembly that a runtime without it (a Worker
// bundle that leaves it out) does without. The package's types are CommonJS (the loader is `.default`);
// its ESM build exports the loader itself.
type Loader = (typeof import('highs'))['default']
type Highs = Awaited<ReturnType<Loader>>
let solver: Promise<Highs> | undefined
const loadSolver = () => (solver ??= import('highs').then((m) => {
  const exported = m.default as unknown as Loader | { default: Loader }
  return (typeof exported === 'function' ? exported : exported.default)()
}))

export async function scheduleExactly(input: ScheduleInput, options: { timeLimitSeconds?: number } = {}): Promise<Schedule> {
  return improveExactly(input, schedule(input), options)
}

/** `first`: the search's timetable for `input`; returned as it is when it is provably best already. */
export async function improveExactly(input: ScheduleInput, first: Schedule, options: { timeLimitSeconds?: number } = {}): Promise<Schedule> {
  if (first.proven.value || !first.value.bound || input.requests.some((r) => r.groupWith?.length)) return first
  let highs: Highs
  try {
    highs = await loadSolver()
  } catch {
    return first // no solver here (a runtime without the WebAssembly file): the search's timetable stands
  }
  const model = buildModel(input, highs)
  // The search's timetable is the solver's first incumbent: it only has to do better, or prove it cannot.
  const held = new Map(first.placed.map((p) => [p.requestId, p.slot]))
  let status: number
  let values: Float64Array | number[]
  const solved = highs.createModel(model.data)
  try {
    solved.options.set({ output_flag: false, time_limit: options.timeLimitSeconds ?? 0.45, mip_rel_gap: 0 })
    solved.setSolution({ colValue: model.vars.map((v) => (held.get(v.r.id) === v.slot ? 1 : 0)) })
    status = solved.run().modelStatus
    values = solved.getSolution().colValue
  } catch {
    return first
  } finally {
    solved.dispose()
  }
  const start = model.placements((i) => (values[i] ?? 0) > 0.5)
  const second = { ...schedule(input, { start }), method: 'exact' as const }
  const better = compare(second.value.placed, first.value.placed) > 0 || (compare(second.value.placed, first.value.placed) === 0 && second.slotsUsed < first.slotsUsed)
  const kept = better ? second : first
  // Solved to optimality, the programme's value is the most any timetable holds.
  const proven = status === highs.constants.modelStatus.optimal && compare(kept.value.placed, model.tally(start)) >= 0
  return { ...kept, proven: { ...kept.proven, value: kept.proven.value || proven } }
}

const ORDER = ['request', 'must_meet', 'shortlisted'] as const
function compare(a: Tally, b: Tally) {
  for (const k of ORDER) if (a[k] !== b[k]) return a[k] - b[k]
  return Math.round((a.score - b.score) * 1000)
}

/**
 * The programme, handed over as arrays: binary x(m, s) for each meeting m and slot s all its people can come to and none is
 * held by a kept session; each meeting at most once; each person at most once per slot and no more
 * than their capacity; per slot, for each seat count k, no more meetings needing k seats or more than
 * free tables seating k (tables nest by size, so that is also enough to seat them all).
 */
function buildModel(input: ScheduleInput, highs: Highs) {
  const pinned = input.pinned ?? []
  const busy = new Set(pinned.flatMap((p) => [p.enterprisePerson, p.providerPerson, ...(p.groupWith ?? [])].map((who) => `${who}@${p.slot}`)))
  const tableTaken = new Set(pinned.map((p) => `${p.tableId}@${p.slot}`))
  const canCome = (who: string, s: number) => (input.availability?.get(who)?.has(s) ?? true) && !busy.has(`${who}@${s}`)
  const maxSeats = Math.max(0, ...input.tables.map((t) => t.capacity))
  const requests = input.requests.filter((r) => r.seats <= maxSeats)
  const worth = worthOf(requests)
  const vars: { r: MeetingRequest; slot: number }[] = []
  const group = new Map<string, number[]>()
  const add = (key: string, column: number) => {
    const columns = group.get(key)
    if (columns) columns.push(column)
    else group.set(key, [column])
  }
  const seatCounts = [...new Set(requests.map((q) => q.seats))]
  requests.forEach((r, i) => {
    for (let s = 0; s < input.slots; s++) {
      if (!canCome(r.enterprisePerson, s) || !canCome(r.providerPerson, s)) continue
      const name = vars.length
      vars.push({ r, slot: s })
      add(`m${i}`, name)
      for (const who of [r.enterprisePerson, r.providerPerson]) (add(`p:${who}@${s}`, name), add(`c:${who}`, name))
      for (const k of seatCounts) if (r.seats >= k) add(`t:${s}:${k}`, name)
    }
  })
  const pinnedLoad = new Map<string, number>()
  for (const p of pinned) for (const who of [p.enterprisePerson, p.providerPerson]) pinnedLoad.set(who, (pinnedLoad.get(who) ?? 0) + 1)
  // Rows, compressed: each a sum of columns (coefficient 1) at most its limit.
  const starts = [0]
  const indices: number[] = []
  const upper: number[] = []
  for (const [key, columns] of group) {
    let limit: number | undefined
    if (key.startsWith('m')) limit = 1
    else if (key.startsWith('p:')) limit = columns.length > 1 ? 1 : undefined
    else if (key.startsWith('c:')) {
      const cap = input.capacity?.get(key.slice(2))
      limit = cap === undefined ? undefined : Math.max(0, cap - (pinnedLoad.get(key.slice(2)) ?? 0))
    } else {
      const [, slot, seats] = key.split(':').map(Number) as [number, number, number]
      const tables = input.tables.filter((t) => t.capacity >= seats && !tableTaken.has(`${t.id}@${slot}`)).length
      limit = columns.length > tables ? tables : undefined
    }
    if (limit === undefined) continue
    indices.push(...columns)
    starts.push(indices.length)
    upper.push(limit)
  }
  const n = vars.length
  const data = {
    numCols: n, numRows: upper.length, sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(vars.map((v) => worth(v.r))), colLower: new Float64Array(n), colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(upper.length).fill(-highs.infinity), rowUpper: new Float64Array(upper),
    matrix: { format: 'csr' as const, numRows: upper.length, numCols: n, starts: new Int32Array(starts), indices: new Int32Array(indices), values: new Float64Array(indices.length).fill(1) },
    integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
  }

  /** The solution's meetings in their slots (by column: the objective lists them in order), each slot's largest meetings at its largest free tables. */
  const placements = (chosen: (column: number) => boolean) => {
    const start = new Map<string, { slot: number; tableId: string }>()
    const bySlot = new Map<number, MeetingRequest[]>()
    vars.forEach((v, i) => { if (chosen(i)) bySlot.set(v.slot, [...(bySlot.get(v.slot) ?? []), v.r]) })
    const tables = [...input.tables].sort((a, b) => b.capacity - a.capacity || (a.id < b.id ? -1 : 1))
    for (const [slot, meetings] of bySlot) {
      const free = tables.filter((t) => !tableTaken.has(`${t.id}@${slot}`))
      meetings.sort((a, b) => b.seats - a.seats || (a.id < b.id ? -1 : 1)).forEach((r, i) => {
        if (free[i] && free[i]!.capacity >= r.seats) start.set(r.id, { slot, tableId: free[i]!.id })
      })
    }
    return start
  }
  return { data, vars, placements, tally: (start: ReadonlyMap<string, unknown>) => tally(requests, new Set(start.keys())) }
}
