import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { toPage } from '../db/page.ts'
import { ForbiddenError } from '../errors.ts'
import type { ListMatchesQuery } from './matches.schemas.ts'
import { listMatchRows } from './matches.repository.ts'

/** Every decision taken, for the coordinators who take them. */
export async function listMatches({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: ListMatchesQuery }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以查看全部决定 (coordinators only)')
  const { limit, cursor, ...filter } = query
  return toPage(await listMatchRows(ctx.db, filter, { limit, cursor }), limit)
}
