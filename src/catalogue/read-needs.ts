import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { toPage } from '../db/page.ts'
import { organizationNames } from './organizations.repository.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import { presentHistory } from './history.ts'
import { needReadLevel } from './need-access.ts'
import { presentNeed } from './need.present.ts'
import type { ListNeedsQuery } from './needs.schemas.ts'
import { findNeed, listNeedHistory, listNeedRows } from './needs.repository.ts'

export async function getNeed({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const need = await findNeed(ctx.db, id)
  const level = need ? needReadLevel(actor, need) : 'none'
  if (!need || level === 'none') throw new NotFoundError('技术需求')
  return (await withEnterpriseNames(ctx, [presentNeed(need, level)]))[0]!
}

/** The enterprise's name beside a need read in full (a summary hides whose it is). */
export async function withEnterpriseNames(ctx: ActionContext, views: ReturnType<typeof presentNeed>[]) {
  const names = await organizationNames(ctx.db, views.flatMap((v) => (v.view === 'full' ? [v.organizationId] : [])))
  return views.map((v) => (v.view === 'full' ? { ...v, organizationName: names.get(v.organizationId) ?? '' } : v))
}

export async function listNeeds({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: ListNeedsQuery }) {
  const { limit, cursor, ...filter } = query
  const page = toPage(await listNeedRows(ctx.db, actor, filter, { limit, cursor }), limit)
  // The query returned only readable rows; the level decides full or summary for each.
  const views = page.items.map((row) => presentNeed(row, needReadLevel(actor, row) === 'summary' ? 'summary' : 'full'))
  return { nextCursor: page.nextCursor, items: await withEnterpriseNames(ctx, views) }
}

/** The history names people, so it is for the owning enterprise and coordinators. */
export async function getNeedHistory({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const need = await findNeed(ctx.db, id)
  if (!need || needReadLevel(actor, need) === 'none') throw new NotFoundError('技术需求')
  if (actor.role !== 'coordinator' && actor.organizationId !== need.organizationId) {
    throw new ForbiddenError('只有需求方和科协工作人员可以查看变更记录 (only the owner and coordinators see the history)')
  }
  return presentHistory(await listNeedHistory(ctx.db, id))
}
