import type { ActionContext } from '../deps.ts'
import type { Actor } from './actor.ts'
import { hashToken } from './token.ts'
import { findActivePerson, findActiveTokenHolder, markTokenUsed } from './tokens.repository.ts'

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
  return actorOf(holder)
}

/** The actor behind a signed-in session's person, or undefined when their access is disabled. */
export async function authenticatePerson(ctx: ActionContext, personId: string): Promise<Actor | undefined> {
  const person = await findActivePerson(ctx.db, personId)
  return person ? actorOf(person) : undefined
}

function actorOf(p: { personId: string; accessRole: string; organizationId: string | null; organizationKind: Actor['role'] | null }): Actor | undefined {
  if (p.accessRole === 'coordinator') return { role: 'coordinator', personId: p.personId, organizationId: null }
  if (!p.organizationId || !p.organizationKind || p.organizationKind === 'coordinator') return undefined
  return { role: p.organizationKind, personId: p.personId, organizationId: p.organizationId }
}
