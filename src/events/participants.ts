import type { Actor } from '../auth/actor.ts'
import { capabilityReadLevel } from '../catalogue/capability-access.ts'
import { needReadLevel } from '../catalogue/need-access.ts'
import { isFinal } from '../catalogue/need-status.ts'
import type { ActionContext } from '../deps.ts'
import { getEvent } from './read-events.ts'

// Who else comes to an event, as a participant chooses whom to ask for a meeting: the invited
// organisations of the other kind, each with its open needs or capabilities the viewer may read, whether a
// coordinator already paired them with the viewer's, and the viewer's own preference about them. A
// record its owner shows only as a summary is listed apart, without its owner: asking about it is
// allowed, knowing whose it is is not. A coordinator sees every invited organisation.

export async function listParticipants({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  const event = await getEvent({ ctx, actor, id: eventId })
  const ids = event.invitedOrganizationIds
  if (ids.length === 0) return { organizations: [], anonymous: [] }
  const organizations = await ctx.db.selectFrom('organizations').select(['id', 'name', 'kind', 'providerType', 'county']).where('id', 'in', ids).orderBy('name').execute()
  const needs = await ctx.db.selectFrom('needs').select(['id', 'title', 'organizationId', 'visibility', 'status']).where('organizationId', 'in', ids).where('status', '<>', 'draft').orderBy('title').execute()
  const capabilities = await ctx.db.selectFrom('capabilities').select(['id', 'title', 'organizationId', 'visibility', 'status']).where('organizationId', 'in', ids).where('status', '=', 'published').orderBy('title').execute()
  const records = [
    ...needs.filter((n) => !isFinal(n.status)).map((n) => ({ ...n, kind: 'need' as const, level: needReadLevel(actor, n) })),
    ...capabilities.map((c) => ({ ...c, kind: 'capability' as const, level: capabilityReadLevel(actor, c) })),
  ]
  const own = actor.organizationId
  // Pairs already made between the viewer's records and others' (shortlisted or accepted by a coordinator).
  const paired = new Set<string>()
  if (own) {
    const rows = await ctx.db
      .selectFrom('matches as m').innerJoin('needs as n', 'n.id', 'm.needId').innerJoin('capabilities as c', 'c.id', 'm.capabilityId')
      .select(['n.organizationId as enterpriseId', 'c.organizationId as providerId'])
      .where('m.status', 'in', ['shortlisted', 'accepted'])
      .where((eb) => eb.or([eb('n.organizationId', '=', own), eb('c.organizationId', '=', own)]))
      .execute()
    for (const r of rows) paired.add(r.enterpriseId === own ? r.providerId : r.enterpriseId)
  }
  const preferences = own
    ? new Map((await ctx.db.selectFrom('eventPreferences').select(['counterpartId', 'preference']).where('eventId', '=', eventId).where('organizationId', '=', own).execute()).map((p) => [p.counterpartId, p.preference]))
    : new Map()
  const counterparts = organizations.filter((o) => actor.role === 'coordinator' || (o.kind !== actor.role && o.id !== own))
  const visible = new Set(counterparts.map((o) => o.id))
  return {
    organizations: counterparts.map((o) => ({
      organizationId: o.id, name: o.name, kind: o.kind, providerType: o.providerType, county: o.county,
      records: records.filter((r) => r.organizationId === o.id && r.level === 'full').map(({ id, title, kind }) => ({ id, title, kind })),
      paired: paired.has(o.id), preference: preferences.get(o.id) ?? null,
    })),
    anonymous: records.filter((r) => visible.has(r.organizationId) && r.level === 'summary').map(({ id, title, kind }) => ({ id, title, kind })),
  }
}
