import type { Actor } from '../auth/actor.ts'
import { organizationNames } from './organizations.repository.ts'
import type { ActionContext } from '../deps.ts'
import { toPage } from '../db/page.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { ListCapabilitiesQuery } from './capabilities.schemas.ts'
import { expertsOf, findCapability, listCapabilityHistory, listCapabilityRows } from './capabilities.repository.ts'
import { capabilityReadLevel } from './capability-access.ts'
import { presentCapability, type Expert } from './capability.present.ts'
import { presentHistory } from './history.ts'

/** Presents rows as the actor may see them, with their experts fetched in one query. */
export async function presentCapabilities(ctx: ActionContext, actor: Actor, rows: CapabilityRow[]) {
  const levels = rows.map((row) => (capabilityReadLevel(actor, row) === 'summary' ? 'summary' as const : 'full' as const))
  // The provider's name beside a capability read in full (a summary hides who offers it). Both reads at once.
  const [experts, names] = await Promise.all([
    expertsOf(ctx.db, rows.map((r) => r.id)),
    organizationNames(ctx.db, rows.filter((_, i) => levels[i] === 'full').map((r) => r.organizationId)),
  ])
  const byCapability = new Map<string, Expert[]>()
  for (const { capabilityId, ...expert } of experts) byCapability.set(capabilityId, [...(byCapability.get(capabilityId) ?? []), expert])
  return rows.map((row, i) => {
    const view = presentCapability(row, levels[i]!, byCapability.get(row.id) ?? [])
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
