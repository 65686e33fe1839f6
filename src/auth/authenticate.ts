import type { ActionContext } from '../deps.ts'
import type { Actor } from './actor.ts'
import { hashToken } from './token.ts'
import { findActiveTokenHolder, markTokenUsed } from './tokens.repository.ts'

// Recording every use would turn each read into a write; a few minutes' precision is enough.
const LAST_USED_PRECISION_MS = 5 * 60 * 1000

/** The actor behind a bearer token, or undefined for an unknown, revoked or expired one. */
export async function authenticate(ctx: ActionContext, token: string): Promise<Actor | undefined> {
  const now = ctx.now()
  const holder = await findActiveTokenHolder(ctx.db, await hashToken(token), now)
  if (!holder) return undefined
  if (!holder.lastUsedAt || now.getTime() - holder.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await markTokenUsed(ctx.db, holder.tokenId, now)
  }
  if (holder.accessRole === 'coordinator') return { role: 'coordinator', personId: holder.personId, organizationId: null }
  if (!holder.organizationId || !holder.organizationKind) return undefined
  return { role: holder.organizationKind, personId: holder.personId, organizationId: holder.organizationId }
}
