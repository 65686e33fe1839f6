import type { ActionContext } from '../deps.ts'
import { recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import type { Actor } from './actor.ts'
import { findToken, listTokens, revokeTokenRow } from './tokens.repository.ts'

/** Coordinators revoke any token; everyone may revoke their own (a lost laptop, a leaked script). */
export async function revokeToken({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const token = await findToken(ctx.db, id)
  if (!token || (actor.role !== 'coordinator' && token.personId !== actor.personId)) throw new NotFoundError('令牌')
  return withTransaction(ctx.db, async (tx) => {
    const revoked = await revokeTokenRow(tx, id, ctx.now())
    if (!revoked) throw new ConflictError('令牌已撤销 (token already revoked)')
    await recordChange(tx, ctx, actor, { entity: 'token', entityId: id, action: 'revoked', changes: { personId: token.personId } })
    return revoked
  })
}

/** Coordinators see every token (optionally one person's); others only their own. */
export async function listAccessTokens({ ctx, actor, personId }: { ctx: ActionContext; actor: Actor; personId?: string | undefined }) {
  return listTokens(ctx.db, { personId: actor.role === 'coordinator' ? personId : actor.personId })
}
