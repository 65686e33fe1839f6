import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import { sessionDetails } from '../events/invites.repository.ts'
import { findFollowUpById, listFollowUps, markFollowUpConfirmed } from '../events/follow-ups.repository.ts'
import { updateSession } from '../events/update-session.ts'
import { recordIntention, requireCoordinator } from './record-outcomes.ts'

/**
 * A coordinator confirms what an attendee reported: a session said to be held becomes held, and
 * a reported intention becomes a recorded one (between the session's enterprise and provider, for
 * its need), all in one transaction. The figures count only what a coordinator confirmed.
 */
export async function confirmFollowUp({ ctx, actor, id, intentionDescription }: { ctx: ActionContext; actor: Actor; id: string; intentionDescription?: string | undefined }) {
  requireCoordinator(actor)
  return withTransaction(ctx.db, async (tx) => {
    const txCtx = { ...ctx, db: tx }
    const followUp = await findFollowUpById(tx, id)
    if (!followUp || !followUp.respondedAt) throw new NotFoundError('回访答复')
    if (followUp.confirmedAt) throw new ConflictError('该答复已确认 (already confirmed)')
    const d = (await sessionDetails(tx, followUp.sessionId))!
    if (followUp.held && d.status !== 'held' && d.status !== 'cancelled') await updateSession({ ctx: txCtx, actor, id: d.id, input: { status: 'held' } })
    let intentionId: string | null = null
    const enterprise = d.attendees.find((a) => a.side === 'enterprise')?.organizationId
    const provider = d.attendees.find((a) => a.side === 'provider')?.organizationId
    if (followUp.intention && enterprise && provider) {
      // The intention was stated at the session, so it is dated on the session's local day, not on the day it is confirmed.
    const statedOn = new Intl.DateTimeFormat('en-CA', { timeZone: d.timeZone }).format(d.startsAt)
      const description = intentionDescription ?? followUp.nextStep ?? `对接会回访确认的合作意向（${d.eventTitle}）`
      intentionId = (await recordIntention({ ctx: txCtx, actor, input: { enterpriseId: enterprise, providerId: provider, sessionId: d.id, needIds: d.needId ? [d.needId] : [], statedOn, description } })).id
    }
    await markFollowUpConfirmed(tx, id, actor.personId, ctx.now(), intentionId)
    await recordChange(tx, ctx, actor, { entity: 'follow_up', entityId: id, action: 'confirmed', changes: { held: followUp.held, intention: followUp.intention, intentionId } })
    return { id, sessionHeld: Boolean(followUp.held), intentionId }
  })
}

export async function listFollowUpAnswers({ ctx, actor, sessionId, unconfirmed, answered }: { ctx: ActionContext; actor: Actor; sessionId?: string | undefined; unconfirmed: boolean; answered?: boolean | undefined }) {
  requireCoordinator(actor)
  const rows = await listFollowUps(ctx.db, { sessionId, unconfirmed, answered })
  return rows.map((r) => ({ ...r, answered: r.respondedAt !== null, askedAt: r.askedAt.toISOString(), respondedAt: r.respondedAt?.toISOString() ?? null, confirmedAt: r.confirmedAt?.toISOString() ?? null }))
}
