import type { Actor } from '../auth/actor.ts'
import { organizationNames } from './organizations.repository.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import { toPage } from '../db/page.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { ListCapabilitiesQuery } from './capabilities.schemas.ts'
import { expertsOf, findCapability, listCapabilityHistory, listCapabilityRows } from './capabilities.repository.ts'
import { capabilityReadLevel } from './capability-access.ts'
import { presentCapability, type Expert } from './capability.present.ts'
import { presentHistory } from './history.ts'

/** What presenting capabilities reads besides their rows: their experts, and their providers' names. */
export interface PresentationReads {
  experts(capabilityIds: string[]): Promise<Map<string, Expert[]>>
  names(organizationIds: string[]): Promise<Map<string, string>>
}

/** Both read from the database, each in one query. */
export const presentationReads = (db: DbOrTx): PresentationReads => ({
  async experts(capabilityIds) {
    const byCapability = new Map<string, Expert[]>()
    for (const { capabilityId, ...expert } of await expertsOf(db, capabilityIds)) byCapability.set(capabilityId, [...(byCapability.get(capabilityId) ?? []), expert])
    return byCapability
  },
  names: (organizationIds) => organizationNames(db, organizationIds),
})

/** Presents rows as the actor may see them, with their experts. */
export async function presentCapabilities(ctx: ActionContext, actor: Actor, rows: CapabilityRow[], reads: PresentationReads = presentationReads(ctx.db)) {
  const levels = rows.map((row) => (capabilityReadLevel(actor, row) === 'summary' ? 'summary' as const : 'full' as const))
  // The provider's name beside a capability read in full (a summary hides who offers it). Both reads at once.
  const [experts, names] = await Promise.all([
    reads.experts(rows.map((r) => r.id)),
    reads.names(rows.filter((_, i) => levels[i] === 'full').map((r) => r.organizationId)),
  ])
  return rows.map((row, i) => {
    const view = presentCapability(row, levels[i]!, experts.get(row.id) ?? [])
    return view.view === 'full' ? { ...view, organizationName: names.get(row.organizationId) ?? '' } : view
  })
}

export async function getCapability({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const capability = await findCapability(ctx.db, id)
  if (!capability || capabilityReadLevel(actor, capability) === 'none') throw new NotFoundError('服务能力')
  const [view] = await presentCapabilities(ctx, actor, [capability])
  return view!
}

export async function listCapabilities({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: ListCapabilitiesQuery }) {
  const { limit, cursor, ...filter } = query
  const page = toPage(await listCapabilityRows(ctx.db, actor, filter, { limit, cursor }), limit)
  return { items: await presentCapabilities(ctx, actor, page.items), nextCursor: page.nextCursor }
}

export async function getCapabilityHistory({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const capability = await findCapability(ctx.db, id)
  if (!capability || capabilityReadLevel(actor, capability) === 'none') throw new NotFoundError('服务能力')
  if (actor.role !== 'coordinator' && actor.organizationId !== capability.organizationId) {
    throw new ForbiddenError('只有服务方和科协工作人员可以查看变更记录 (only the owner and coordinators see the history)')
  }
  return presentHistory(await listCapabilityHistory(ctx.db, id))
}
