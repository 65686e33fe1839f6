import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import type { SummaryQuery } from './outcomes.schemas.ts'
import { requireFiguresReader } from './record-outcomes.ts'
import { breakdownKeys, figuresBy, funnelRanks, noFigures } from './reports.repository.ts'

/** The month starts and ends between two dates: "2026-01-01".."2026-03-15" → Jan, Feb, Mar (to the 15th). */
export function monthsBetween(from: string, to: string): { key: string; from: string; to: string }[] {
  const out = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    const start = key === from.slice(0, 7) ? from : `${key}-01`
    const end = `${key}-${String(last).padStart(2, '0')}`
    out.push({ key, from: start, to: end < to ? end : to })
    if (end >= to) return out
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
}

/** The summary figures for each county, industry chain or month of the period. */
export async function breakdown({ ctx, actor, query, by }: { ctx: ActionContext; actor: Actor; query: SummaryQuery; by: 'county' | 'industryChain' | 'month' }) {
  requireFiguresReader(actor)
  const groups = await figuresBy(ctx.db, query, by)
  const keys = by === 'month' ? monthsBetween(query.from, query.to).map((m) => m.key) : await breakdownKeys(ctx.db, by)
  // Every month of the period, and every county or chain in the records, zeros included.
  const listed = by === 'month' ? keys : [...new Set([...keys, ...groups.keys()])].filter(Boolean).sort()
  return listed.filter((key) => !(by === 'county' && query.county && key !== query.county) && !(by === 'industryChain' && query.industryChain && key !== query.industryChain))
    .map((key) => ({ key, ...(groups.get(key) ?? noFigures()) }))
}

export const FUNNEL_STAGES = [
  { stage: 'filed', label: '需求征集', rank: 1 },
  { stage: 'matched', label: '匹配推荐', rank: 2 },
  { stage: 'inSession', label: '安排对接', rank: 4 },
  { stage: 'held', label: '对接举行', rank: 5 },
  { stage: 'intention', label: '合作意向', rank: 6 },
  { stage: 'agreement', label: '签订协议', rank: 7 },
  { stage: 'resolved', label: '需求解决', rank: 8 },
] as const

/** How many of the period's needs reached each step, and the share that went on from the step before. */
export async function funnel({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: SummaryQuery }) {
  requireFiguresReader(actor)
  const ranks = await funnelRanks(ctx.db, query)
  let previous = ranks.length
  return FUNNEL_STAGES.map(({ stage, label, rank }) => {
    const count = ranks.filter((r) => r >= rank).length
    const conversion = previous > 0 ? Math.round((count / previous) * 1000) / 1000 : null
    previous = count
    return { stage, label, count, conversion: stage === 'filed' ? null : conversion }
  })
}
