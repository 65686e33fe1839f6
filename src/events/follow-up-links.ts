import { appSecret } from '../auth/app-secrets.repository.ts'
import { compactUuid, expandUuid, signLink, verifyLink } from '../auth/signed-links.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'

// The follow-up link after a session: signed for one follow-up and one version of its link (a
// resend raises the version, so the old link dies), expiring a set time after the session
// (JINQIAO_FOLLOW_UP_DAYS, 30 days by default). The stored mail holds a placeholder; the link is
// made as it is sent, so the outbox never keeps it.

const PURPOSE = 'follow-up'
const SECRET = 'follow-up-links'

export const followUpPlaceholder = (followUpId: string) => `{{follow-up-link:${followUpId}}}`
export const FOLLOW_UP_PLACEHOLDER = /\{\{follow-up-link:([0-9a-f-]{36})\}\}/g

/** When a follow-up's link stops working. */
export const followUpExpiry = (ctx: ActionContext, sessionEndsAt: Date) => new Date(sessionEndsAt.getTime() + ctx.followUpDays * 86_400_000)

export async function followUpLink(ctx: ActionContext, db: DbOrTx, followUpId: string): Promise<string | null> {
  const row = await db
    .selectFrom('followUps as f').innerJoin('sessions as s', 's.id', 'f.sessionId')
    .select(['f.linkVersion', 's.endsAt']).where('f.id', '=', followUpId).executeTakeFirst()
  if (!row) return null
  const token = await signLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, [compactUuid(followUpId), String(row.linkVersion)], followUpExpiry(ctx, row.endsAt))
  return `${ctx.publicUrl}/follow-up/${token}`
}

export type ReadFollowUpLink = { ok: true; followUpId: string; version: number } | { ok: false; reason: 'invalid' | 'expired' }

export async function readFollowUpLink(ctx: ActionContext, token: string): Promise<ReadFollowUpLink> {
  const verified = await verifyLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, token, ctx.now(), 2)
  if (!verified.ok) return verified
  const followUpId = expandUuid(verified.fields[0]!)
  const version = Number(verified.fields[1])
  if (!followUpId || !Number.isInteger(version)) return { ok: false, reason: 'invalid' }
  return { ok: true, followUpId, version }
}

/** Turns each follow-up placeholder of a mail into its signed link (for the mail finisher). */
export const followUpLinkFiller = {
  pattern: FOLLOW_UP_PLACEHOLDER,
  make: async (ctx: ActionContext, m: RegExpMatchArray) => (await followUpLink(ctx, ctx.db, m[1]!)) ?? `${ctx.publicUrl}/follow-up/expired`,
}
