// `npm run bench:schedule`: the scheduler on generated docking events of growing size.
// Prints run time, slots used against the lower bound, and meetings dropped with the reason.
import { DROP_REASONS, schedule, type MeetingRequest, type ScheduleInput } from '../../src/events/scheduler.ts'
import { seededRandom } from './synthetic.ts'

function generate(enterprises: number, providers: number, meetings: number, tables: number, slots: number, seed: number, constrained: boolean): ScheduleInput {
  const rnd = seededRandom(seed)
  const seen = new Set<string>()
  const requests: MeetingRequest[] = []
  // Popular providers are asked for more often, as at real events.
  const provider = () => `p${Math.floor(providers * rnd() ** 1.5)}`
  while (requests.length < meetings) {
    const e = `e${Math.floor(rnd() * enterprises)}`
    const p = provider()
    if (seen.has(`${e}/${p}`)) continue
    seen.add(`${e}/${p}`)
    requests.push({ id: `m${requests.length}`, enterprisePerson: e, providerPerson: p, score: Math.round(rnd() * 1000) / 1000, seats: 2 + Math.floor(rnd() * 3) })
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
  return { slots, tables: Array.from({ length: tables }, (_, i) => ({ id: `T${i + 1}`, capacity: 4 + (i % 3) * 2 })), requests, availability }
}

const sizes: [number, number, number, number][] = [
  [20, 15, 60, 10],
  [60, 50, 250, 15],
  [150, 120, 700, 25],
  [300, 300, 1500, 40],
]
const SLOTS = 48 // two days of 08:30–17:30 in 20-minute slots, less lunch breaks

console.log(`\n| enterprises × providers | meetings asked | tables | availability | time | slots used | lower bound | method | dropped |`)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const constrained of [false, true]) {
  for (const [e, p, m, t] of sizes) {
    const input = generate(e, p, m, t, SLOTS, e * 7 + m, constrained)
    const started = performance.now()
    const result = schedule(input)
    const ms = performance.now() - started
    const reasons = new Map<string, number>()
    for (const d of result.dropped) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1)
    const dropped = result.dropped.length ? [...reasons].map(([r, n]) => `${n} ${r}`).join(', ') : '0'
    console.log(`| ${e} × ${p} | ${m} | ${t} | ${constrained ? '⅓ half-day' : 'all day'} | ${ms.toFixed(1)} ms | ${result.slotsUsed} | ${result.lowerBound} | ${result.method} | ${dropped} |`)
  }
}
console.log(`\nDrop reasons: ${Object.entries(DROP_REASONS).map(([k, v]) => `${k} = ${v}`).join('; ')}`)
