import type { ActionContext } from '../deps.ts'
import { recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { Actor } from './actor.ts'
import { generateToken, hashToken } from './token.ts'
import type { IssueToken } from './tokens.schemas.ts'
import { insertToken } from './tokens.repository.ts'

/** Coordinators issue tokens; the secret is returned once and only its hash is kept. */
export async function issueToken({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: IssueToken }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以签发令牌 (only coordinators issue tokens)')
  if (!(await findPerson(ctx.db, input.personId))) throw new NotFoundError('人员')
  const now = ctx.now()
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null
  if (expiresAt && expiresAt <= now) {
    throw new ValidationError('过期时间必须晚于现在 (expiresAt must be in the future)', [{ path: 'expiresAt', message: '必须晚于现在' }])
  }
  const token = generateToken()
  const tokenHash = await hashToken(token)
  const row = await withTransaction(ctx.db, async (tx) => {
    const issued = await insertToken(tx, { id: ctx.newId(), personId: input.personId, tokenHash, label: input.label, createdBy: actor.personId, createdAt: now, expiresAt })
    await recordChange(tx, ctx, actor, { entity: 'token', entityId: issued.id, action: 'issued', changes: { personId: input.personId, label: input.label, expiresAt } })
    return issued
  })
  return { ...row, token }
}
