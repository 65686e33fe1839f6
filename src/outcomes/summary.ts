import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import type { SummaryQuery } from './outcomes.schemas.ts'
import { requireFiguresReader } from './record-outcomes.ts'
import { summaryFigures } from './reports.repository.ts'

export async function summary({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: SummaryQuery }) {
  requireFiguresReader(actor)
  return { period: { from: query.from, to: query.to }, ...(await summaryFigures(ctx.db, query)) }
}
