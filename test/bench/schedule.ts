// `npm run bench:schedule`: the scheduler on generated docking events of growing size, with the
// participants' voice: a fifth of the meetings are accepted requests, a tenth must-meets, the rest
// the coordinator's shortlist; a twentieth of the pairs asked for were turned down ("no thanks" or a
// declined request) and never reach the scheduler. Prints, per instance: run time; meetings placed
// by priority against the upper bound; the score placed against its bound; slots used against the
// lower bound; and the meetings dropped, with the reason.
//
// The value bound: the best set of meetings when only each person's limit (their capacity and the
// slots they can come to) and the number of table-slots count — priorities first, then score — which
// is a max-weight bipartite b-matching, solved exactly (value-selection.ts). A timetable must also seat
// both people of every meeting in one common free slot, so none can beat it.
import { scheduleExactly } from '../../src/events/exact-choice.ts'
import { DROP_REASONS, type MeetingRequest, type ScheduleInput } from '../../src/events/scheduler.ts'
import { exactOptimum } from './exact.ts'
import { seededRandom } from './synthetic.ts'

function generate(enterprises: number, providers: number, meetings: number, tables: number, slots: number, seed: number, constrained: boolean): ScheduleInput & { declined: number } {
  const rnd = seededRandom(seed)
  const seen = new Set<string>()
  const requests: MeetingRequest[] = []
  let declined = 0
  // Popular providers are asked for more often, as at real events.
  const provider = () => `p${Math.floor(providers * rnd() ** 1.5)}`
  while (requests.length < meetings) {
    const e = `e${Math.floor(rnd() * enterprises)}`
    const p = provider()
    if (seen.has(`${e}/${p}`)) continue
    seen.add(`${e}/${p}`)
    if (rnd() < 0.05) { declined++; continue }
    const roll = rnd()
    const priority = roll < 0.2 ? 'request' : roll < 0.3 ? 'must_meet' : 'shortlisted'
    requests.push({ id: `m${requests.length}`, enterprisePerson: e, providerPerson: p, score: Math.round(rnd() * 1000) / 1000, seats: 2 + Math.floor(rnd() * 3), priority })
  }
  const availability = new Map<string, Set<number>>()
  if (constrained) {
    // A third of the people come for half a day only.
    for (const person of [...Array.from({ length: enterprises }, (_, i) => `e${i}`), ...Array.from({ length: providers }, (_, i) => `p${i}`)]) {
      if (rnd() < 1 / 3) {
        const start = rnd() < 0.5 ? 0 : Math.floor(slots / 2)
        availability.set(person, new Set(Array.from({ length: Math.ceil(slots / 2) }, (_, i) => start + i).filter((s) => s < slots)))
      }
    }
  }
  return { slots, tables: Array.from({ length: tables }, (_, i) => ({ id: `T${i + 1}`, capacity: 4 + (i % 3) * 2 })), requests, availability, declined }
}

const SLOTS = 48 // two days of 08:30–17:30 in 20-minute slots, less lunch breaks
const instances: { e: number; p: number; m: number; t: number; slots: number; note?: string }[] = [
  { e: 20, p: 15, m: 60, t: 10, slots: SLOTS },
  { e: 60, p: 50, m: 250, t: 15, slots: SLOTS },
  { e: 150, p: 120, m: 700, t: 25, slots: SLOTS },
  { e: 300, p: 300, m: 1500, t: 40, slots: SLOTS },
  { e: 150, p: 120, m: 700, t: 15, slots: 24, note: 'tight' },
  { e: 300, p: 300, m: 1500, t: 40, slots: 24, note: 'tight' },
]
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// BENCH_EXACT=1 also solves each instance's choice exactly with HiGHS (minutes), to check the scheduler against it.
const EXACT = process.env.BENCH_EXACT === '1'
const exactRows: string[] = []

console.log(`\nMedian of ${RUNS} runs. Placed shows placed / upper bound / asked; score is the sum of match scores placed / its bound; ✓ = provably best (at the bound); the value gap is the score short of its bound.\n`)
console.log('| enterprises × providers | meetings (turned down) | tables × slots | availability | time | requests | must-meet | shortlisted | score | slots used / lower bound | value gap | dropped |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const constrained of [false, true]) {
  for (const { e, p, m, t, slots, note } of instances) {
    const input = generate(e, p, m, t, slots, e * 7 + m + slots, constrained)
    const times: number[] = []
    let result = await scheduleExactly(input)
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      result = await scheduleExactly(input)
      times.push(performance.now() - started)
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
    const asked = (k: 'request' | 'must_meet' | 'shortlisted') => input.requests.filter((r) => (r.priority ?? 'shortlisted') === k).length
    const { placed, bound } = result.value
    const cell = (k: 'request' | 'must_meet' | 'shortlisted') => `${placed[k]} / ${bound?.[k] ?? '—'} / ${asked(k)}`
    const reasons = new Map<string, number>()
    for (const d of result.dropped) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1)
    const dropped = result.dropped.length ? [...reasons].map(([r, n]) => `${n} ${r}`).join(', ') : '0'
    if (EXACT) {
      const exact = await exactOptimum(input, 120)
      const same = exact && (['request', 'must_meet', 'shortlisted', 'score'] as const).every((k) => exact.tally[k] === placed[k])
      exactRows.push(`| ${e} × ${p}${note ? ` (${note})` : ''} | ${constrained ? '⅓ half-day' : 'all day'} | ${exact ? `${exact.tally.request} / ${exact.tally.must_meet} / ${exact.tally.shortlisted}, score ${exact.tally.score.toFixed(1)}${exact.optimal ? '' : ' (time limit: best found)'}` : '—'} | ${placed.request} / ${placed.must_meet} / ${placed.shortlisted}, score ${placed.score.toFixed(1)} | ${same ? 'same' : 'differs'} | ${exact?.seconds.toFixed(1) ?? '—'} s |`)
    }
    console.log(`| ${e} × ${p}${note ? ` (${note})` : ''} | ${input.requests.length} (${input.declined}) | ${t} × ${slots} | ${constrained ? '⅓ half-day' : 'all day'} | ${ms.toFixed(1)} ms | ${cell('request')} | ${cell('must_meet')} | ${cell('shortlisted')} | ${placed.score.toFixed(1)} / ${bound?.score.toFixed(1) ?? '—'} | ${result.slotsUsed} / ${result.lowerBound}${result.proven.slots ? ' ✓' : ''} | ${result.proven.value ? '✓' : `${(100 * (1 - placed.score / Math.max(bound?.score ?? 1, 1e-9))).toFixed(2)} %`} | ${dropped} |`)
  }
}
if (EXACT) {
  console.log('\nAgainst the exact optimum (HiGHS MIP, 120 s limit each): requests / must-meets / shortlisted held, and score.\n')
  console.log('| enterprises × providers | availability | exact optimum | scheduler | | solver time |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of exactRows) console.log(row)
}
console.log(`\nDrop reasons: ${Object.entries(DROP_REASONS).map(([k, v]) => `${k} = ${v}`).join('; ')}`)
