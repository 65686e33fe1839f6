import { z } from 'zod'
import { hashToken } from '../auth/token.ts'
import type { ActionContext } from '../deps.ts'
import { ConflictError, GoneError, NotFoundError } from '../errors.ts'
import { followUpExpiry, readFollowUpLink } from './follow-up-links.ts'
import { followUpByLink, saveFollowUpAnswers } from './follow-ups.repository.ts'

const yesNo = z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')])

/** What an attendee answers after a session; a later answer replaces an earlier one. */
export const FollowUpAnswers = z.strictObject({
  held: yesNo,
  usefulness: z.coerce.number().int().min(1).max(5).nullable().default(null),
  intention: yesNo.nullable().default(null),
  nextStep: z.string().trim().max(500).nullable().default(null).transform((s) => s || null),
})
export type FollowUpAnswers = z.infer<typeof FollowUpAnswers>

/**
 * The follow-up a link stands for: signed links, and the random ones sent before (kept working so
 * mail already out is not broken). Either way it expires a set time after the session.
 */
export async function findFollowUp(ctx: ActionContext, token: string) {
  let found
  if (/^jq_[A-Za-z0-9_-]{10,200}$/.test(token)) found = await followUpByLink(ctx.db, { tokenHash: await hashToken(token) })
  else {
    const link = await readFollowUpLink(ctx, token)
    if (!link.ok && link.reason === 'expired') throw new GoneError('回访链接已过期 (this follow-up link has expired)')
    if (link.ok) found = await followUpByLink(ctx.db, { id: link.followUpId, version: link.version })
  }
  if (!found) throw new NotFoundError('回访链接')
  if (followUpExpiry(ctx, found.endsAt) <= ctx.now()) throw new GoneError('回访链接已过期 (this follow-up link has expired)')
  return found
}

/** Answers replace earlier ones until a coordinator confirms them; then they are final here (changes go through the coordinator, who keeps versions). */
export async function answerFollowUp(ctx: ActionContext, token: string, answers: FollowUpAnswers) {
  const followUp = await findFollowUp(ctx, token)
  if (followUp.confirmedAt) throw new ConflictError('您的答复已由科协确认，如需更改请联系组织者 (your answers are confirmed; ask the organizer to change them)')
  await saveFollowUpAnswers(ctx.db, followUp.id, { ...answers, respondedAt: ctx.now() })
  return followUp
}
