import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { generateToken, hashToken } from '../auth/token.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { NotFoundError } from '../errors.ts'
import { headerText } from '../mail/headers.ts'
import { personFeed } from './calendar.ts'
import { feedOwner, insertFeed, revokeLiveFeeds, sessionIdsOfPerson } from './feeds.repository.ts'
import { sessionDetails } from './invites.repository.ts'
import { calendarSession } from './session-calendar.ts'

// A private calendar feed per person: a secret URL any calendar app can subscribe to (webcal://),
// holding all their sessions. Making a new one revokes the old, so a leaked URL is one call away
// from dead. Only the token's hash is kept.

export async function createCalendarFeed({ ctx, actor }: { ctx: ActionContext; actor: Actor }) {
  const token = generateToken()
  await withTransaction(ctx.db, async (tx) => {
    await revokeLiveFeeds(tx, actor.personId, ctx.now())
    const id = ctx.newId()
    await insertFeed(tx, { id, personId: actor.personId, tokenHash: await hashToken(token), createdAt: ctx.now() })
    await recordChange(tx, ctx, actor, { entity: 'calendar_feed', entityId: id, action: 'created' })
  })
  const url = `${ctx.publicUrl}/calendar/${token}.ics`
  return { url, webcal: url.replace(/^https?:/, 'webcal:') }
}

export async function revokeCalendarFeed({ ctx, actor }: { ctx: ActionContext; actor: Actor }) {
  const revoked = await revokeLiveFeeds(ctx.db, actor.personId, ctx.now())
  if (revoked.length === 0) throw new NotFoundError('日历订阅')
  for (const feed of revoked) await recordChange(ctx.db, ctx, actor, { entity: 'calendar_feed', entityId: feed.id, action: 'revoked' })
}

/** The feed behind a secret URL, or a 404 for an unknown or revoked one. */
export async function calendarFeedFile({ ctx, token }: { ctx: ActionContext; token: string }) {
  const owner = await feedOwner(ctx.db, await hashToken(token))
  if (!owner) throw new NotFoundError('日历订阅')
  const sessions = []
  for (const id of await sessionIdsOfPerson(ctx.db, owner.id)) sessions.push(calendarSession((await sessionDetails(ctx.db, id))!, owner.language))
  // A calendar's name is one line, whatever a name stored before that rule holds.
  const who = headerText(owner.name)
  const name = owner.language === 'en' ? `Jinqiao docking sessions · ${who}` : `金桥对接日程 · ${who}`
  return personFeed({ name, sessions, stamp: ctx.now() })
}
