import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import { findFollowUpById, replaceFollowUpLink } from './follow-ups.repository.ts'
import { sessionDetails } from './invites.repository.ts'
import { enqueueFollowUpMail } from './session-mail-jobs.ts'

/**
 * A coordinator sends an attendee the follow-up link again: a fresh link (the old one stops
 * working, in case the first mail went astray) in a new message. Not once the answer is confirmed.
 */
export async function resendFollowUp({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以重发回访 (only coordinators resend follow-ups)')
  return withTransaction(ctx.db, async (tx) => {
    const followUp = await findFollowUpById(tx, id)
    if (!followUp) throw new NotFoundError('回访')
    if (followUp.confirmedAt) throw new ConflictError('该回访答复已确认，无需重发 (already confirmed)')
    const d = (await sessionDetails(tx, followUp.sessionId))!
    if (!d.attendees.find((a) => a.personId === followUp.personId)?.email) throw new ConflictError('该参会人没有电子邮件地址 (the attendee has no e-mail address)')
    await replaceFollowUpLink(tx, id)
    const mailId = ctx.newId()
    await enqueueFollowUpMail(tx, ctx, d, followUp.personId, id, { id: mailId, dedupeKey: `follow-up:${followUp.sessionId}:${followUp.personId}:resent:${mailId}` })
    await recordChange(tx, ctx, actor, { entity: 'follow_up', entityId: id, action: 'resent' })
    return { id, resentAt: ctx.now().toISOString() }
  })
}
