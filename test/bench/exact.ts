// The exact optimum of a generated instance's choice of meetings, for `npm run bench:schedule` to check
// the scheduler against (BENCH_EXACT=1): a MIP solved by HiGHS (WebAssembly). Its variables are "this
// meeting in this slot" for the slots all its people can come to; each meeting at most once, each
// person at most once per slot, at most as many meetings per slot as tables (every generated meeting fits
// every table). Its objective is the scheduler's own order of worth: priority first, then score.
import highsModule from 'highs'
import { PRIORITY_RANK, type ScheduleInput, type Tally } from '../../src/events/scheduler.ts'

export async function exactOptimum(input: ScheduleInput, timeLimitSeconds: number): Promise<{ tally: Tally; optimal: boolean; seconds: number } | null> {
  const minTable = Math.min(...input.tables.map((t) => t.capacity))
  if (input.requests.some((r) => r.seats > minTable || r.groupWith?.length) || input.pinned?.length) return null
  const canCome = (who: string, s: number) => input.availability?.get(who)?.has(s) ?? true
  const worth = (r: ScheduleInput['requests'][number]) => PRIORITY_RANK[r.priority ?? 'shortlisted'] * 1e6 + Math.round(r.score * 1000)
  const terms: string[] = []
  const meeting = new Map<number, string[]>()
  const personSlot = new Map<string, string[]>()
  const slotVars = new Map<number, string[]>()
  input.requests.forEach((r, i) => {
    for (let s = 0; s < input.slots; s++) {
      if (!canCome(r.enterprisePerson, s) || !canCome(r.providerPerson, s)) continue
      const v = `x${i}_${s}`
      terms.push(`${worth(r)} ${v}`)
      meeting.set(i, [...(meeting.get(i) ?? []), v])
      for (const who of [r.enterprisePerson, r.providerPerson]) personSlot.set(`${who}@${s}`, [...(personSlot.get(`${who}@${s}`) ?? []), v])
      slotVars.set(s, [...(slotVars.get(s) ?? []), v])
    }
  })
  const rows: string[] = []
  for (const [i, vs] of meeting) rows.push(` m${i}: ${vs.join(' + ')} <= 1`)
  let n = 0
  for (const vs of personSlot.values()) if (vs.length > 1) rows.push(` p${n++}: ${vs.join(' + ')} <= 1`)
  for (const [s, vs] of slotVars) if (vs.length > input.tables.length) rows.push(` s${s}: ${vs.join(' + ')} <= ${input.tables.length}`)
  const vars = [...meeting.values()].flat()
  const lp = `Maximize\n obj: ${terms.join(' + ')}\nSubject To\n${rows.join('\n')}\nBinary\n ${vars.join(' ')}\nEnd\n`
  const load = (highsModule as unknown as { default?: typeof highsModule.default }).default ?? (highsModule as unknown as typeof highsModule.default)
  const highs = await load()
  const started = performance.now()
  const result = highs.solve(lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0 })
  const seconds = (performance.now() - started) / 1000
  if (!('Columns' in result)) return null
  const tally: Tally = { request: 0, must_meet: 0, shortlisted: 0, score: 0 }
  input.requests.forEach((r, i) => {
    if (!(meeting.get(i) ?? []).some((v) => ((result.Columns[v] as { Primal?: number } | undefined)?.Primal ?? 0) > 0.5)) return
    tally[r.priority ?? 'shortlisted']++
    tally.score += r.score
  })
  tally.score = Math.round(tally.score * 1000) / 1000
  return { tally, optimal: result.Status === 'Optimal', seconds }
}
