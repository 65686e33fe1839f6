import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { listOutcomes } from './outcomes.repository.ts'

/** Intentions or agreements: coordinators see all, staff those their organisation is party to. */
export async function outcomesList({ ctx, actor, table, from, to }: { ctx: ActionContext; actor: Actor; table: 'intentions' | 'agreements'; from?: string | undefined; to?: string | undefined }) {
  const rows = await listOutcomes(ctx.db, table, { from, to, organizationId: actor.role === 'coordinator' ? null : actor.organizationId })
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }))
}
