import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { TermGroupInput } from './matches.schemas.ts'
import { deleteTermRow, insertTermRow, listTermRows, updateTermRow } from './terms.repository.ts'

// The term list is read by everyone's matching and changed by coordinators. A change applies
// to the next query at once: expansion happens at query time, so nothing is re-indexed.

function requireCoordinator(actor: Actor) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以维护术语表 (only coordinators edit the term list)')
}

export async function listTermGroups({ ctx }: { ctx: ActionContext }) {
  return listTermRows(ctx.db)
}

export async function createTermGroup({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: TermGroupInput }) {
  requireCoordinator(actor)
  const now = ctx.now()
  return insertTermRow(ctx.db, { id: ctx.newId(), terms: input.terms, note: input.note ?? null, createdBy: actor.personId, createdAt: now, updatedAt: now })
}

export async function updateTermGroup({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: TermGroupInput }) {
  requireCoordinator(actor)
  const row = await updateTermRow(ctx.db, id, { terms: input.terms, note: input.note ?? null, updatedAt: ctx.now() })
  if (!row) throw new NotFoundError('术语组')
  return row
}

export async function deleteTermGroup({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  requireCoordinator(actor)
  if (!(await deleteTermRow(ctx.db, id))) throw new NotFoundError('术语组')
}
