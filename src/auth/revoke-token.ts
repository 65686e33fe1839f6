import type { ActionContext } from '../deps.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import type { Actor } from './actor.ts'
import { findToken, listTokens, revokeTokenRow } from './tokens.repository.ts'

/** Coordinators revoke any token; everyone may revoke their own (a lost laptop, a leaked script). */
export async function revokeToken({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const token = await findToken(ctx.db, id)
  if (!token || (actor.role !== 'coordinator' && token.personId !== actor.personId)) throw new NotFoundError('令牌')
  const revoked = await revokeTokenRow(ctx.db, id, ctx.now())
  if (!revoked) throw new ConflictError('令牌已撤销 (token already revoked)')
  return revoked
}

/** Coordinators see every token (optionally one person's); others only their own. */
export async function listAccessTokens({ ctx, actor, personId }: { ctx: ActionContext; actor: Actor; personId?: string | undefined }) {
  return listTokens(ctx.db, { personId: actor.role === 'coordinator' ? personId : actor.personId })
}
