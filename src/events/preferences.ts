import type { Actor } from '../auth/actor.ts'
import { findOrganization } from '../catalogue/organizations.repository.ts'
import type { DbOrTx } from '../db/database.ts'
import type { MeetingPreference } from '../db/tables/events.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError, ValidationError } from '../errors.ts'
import { getEvent } from './read-events.ts'

// Per event, each participant may say of a counterpart: must meet, meet, or no thanks. The
// scheduler honours them (event-demand.repository.ts): no thanks from either side and the pair
// is never scheduled; must meet raises the pair's value above every other.

export async function setPreference({ ctx, actor, eventId, input }: { ctx: ActionContext; actor: Actor; eventId: string; input: { counterpartId: string; preference: MeetingPreference; organizationId?: string | undefined } }) {
  const event = await getEvent({ ctx, actor, id: eventId })
  const organizationId = actor.role === 'coordinator' ? input.organizationId : actor.organizationId
  if (!organizationId) throw new ValidationError('请注明为哪家机构设置 (name the organisation)', [{ path: 'organizationId', message: '科协工作人员须注明机构' }])
  if (actor.role !== 'coordinator' && input.organizationId && input.organizationId !== actor.organizationId) throw new ForbiddenError('只能为本机构设置 (for your own organisation only)')
  const [own, other] = [await findOrganization(ctx.db, organizationId), await findOrganization(ctx.db, input.counterpartId)]
  const invited = new Set(event.invitedOrganizationIds)
  if (!own || !other || !invited.has(own.id) || !invited.has(other.id)) throw new ValidationError('双方都须受邀参加本活动 (both must be invited to this event)', [{ path: 'counterpartId', message: '未受邀参加本活动' }])
  if (own.kind === other.kind) throw new ValidationError('企业与服务方之间才能设置 (between an enterprise and a provider)', [{ path: 'counterpartId', message: '须为另一方' }])
  await ctx.db
    .insertInto('eventPreferences')
    .values({ eventId, organizationId, counterpartId: other.id, preference: input.preference, setBy: actor.personId, setAt: ctx.now() })
    .onConflict((oc) => oc.columns(['eventId', 'organizationId', 'counterpartId']).doUpdateSet({ preference: input.preference, setBy: actor.personId, setAt: ctx.now() }))
    .execute()
  return { organizationId, counterpartId: other.id, preference: input.preference }
}

/** An organisation's own preferences at the event; a coordinator's view is everyone's. */
export async function listPreferences({ ctx, actor, eventId }: { ctx: ActionContext; actor: Actor; eventId: string }) {
  await getEvent({ ctx, actor, id: eventId })
  let query = ctx.db.selectFrom('eventPreferences').select(['organizationId', 'counterpartId', 'preference']).where('eventId', '=', eventId).orderBy('setAt')
  if (actor.role !== 'coordinator') query = query.where('organizationId', '=', actor.organizationId)
  return query.execute()
}

/**
 * The pairs (enterprise/provider) of an event with their preferences, as the scheduler reads them. A
 * declined meeting request counts as the decliner's "no thanks".
 */
export async function pairPreferences(db: DbOrTx, eventId: string) {
  const rows = await db.selectFrom('eventPreferences').select(['organizationId', 'counterpartId', 'preference']).where('eventId', '=', eventId).execute()
  const declined = await db.selectFrom('meetingRequests').select(['fromOrganizationId', 'toOrganizationId']).where('eventId', '=', eventId).where('status', '=', 'declined').execute()
  const pair = (a: string, b: string) => [a, b].sort().join('/')
  const noThanks = new Set([...rows.filter((r) => r.preference === 'no_thanks').map((r) => pair(r.organizationId, r.counterpartId)), ...declined.map((d) => pair(d.fromOrganizationId, d.toOrganizationId))])
  const mustMeet = new Set(rows.filter((r) => r.preference === 'must_meet').map((r) => pair(r.organizationId, r.counterpartId)))
  return { blocked: (a: string, b: string) => noThanks.has(pair(a, b)), mustMeet: (a: string, b: string) => mustMeet.has(pair(a, b)) }
}
