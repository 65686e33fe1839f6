import { z } from 'zod'
import { hashToken } from '../auth/token.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError } from '../errors.ts'
import { followUpByToken, saveFollowUpAnswers } from './follow-ups.repository.ts'

const yesNo = z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')])

/** What an attendee answers after a session; a later answer replaces an earlier one. */
export const FollowUpAnswers = z.strictObject({
  held: yesNo,
  usefulness: z.coerce.number().int().min(1).max(5).nullable().default(null),
  intention: yesNo.nullable().default(null),
  nextStep: z.string().trim().max(500).nullable().default(null).transform((s) => s || null),
})
export type FollowUpAnswers = z.infer<typeof FollowUpAnswers>

export async function findFollowUp(ctx: ActionContext, token: string) {
  const found = /^[A-Za-z0-9_-]{10,200}$/.test(token) ? await followUpByToken(ctx.db, await hashToken(token)) : undefined
  if (!found) throw new NotFoundError('回访链接')
  return found
}

export async function answerFollowUp(ctx: ActionContext, token: string, answers: FollowUpAnswers) {
  const followUp = await findFollowUp(ctx, token)
  await saveFollowUpAnswers(ctx.db, followUp.id, { ...answers, respondedAt: ctx.now() })
  return followUp
}
