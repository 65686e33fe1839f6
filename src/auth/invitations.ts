import { signInEmail } from '../../emails/sign-in-email.ts'
import { recordChange } from '../audit/record-change.ts'
import { findOrganization } from '../catalogue/organizations.repository.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ConflictError, ForbiddenError, GoneError, NotFoundError, ValidationError } from '../errors.ts'
import { messageId } from '../mail/headers.ts'
import { enqueueMail } from '../mail/outbox.repository.ts'
import type { Actor } from './actor.ts'
import { appSecret } from './app-secrets.repository.ts'
import { createSignIn, type Auth } from './better-auth.ts'
import { authUserByEmail, authUserOfPerson, endSessionsOf, findInvitation, insertInvitation, markInvitationAccepted, revokeLiveInvitations, setAccessDisabled } from './sign-in.repository.ts'
import { compactUuid, expandUuid, signLink, verifyLink } from './signed-links.ts'

// People get in by invitation: a coordinator, or a person's own colleague, invites them by
// e-mail; the link (signed, one use, 7 days) opens a page where they set a password — opening it
// consumes nothing, since mail scanners follow links. The mail holds a placeholder; the link is
// made as it is sent.

export const INVITATION_DAYS = 7
const PURPOSE = 'invitation'
const SECRET = 'invitation-links'
export const INVITATION_PLACEHOLDER = /\{\{invitation-link:([0-9a-f-]{36})\}\}/g

export async function invitePerson({ ctx, actor, personId }: { ctx: ActionContext; actor: Actor; personId: string }) {
  const person = await findPerson(ctx.db, personId)
  const mayInvite = person && (actor.role === 'coordinator' || (person.organizationId !== null && person.organizationId === actor.organizationId))
  if (!person || !mayInvite) throw new NotFoundError('人员')
  if (person.organizationId === null && actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以邀请科协账号 (only coordinators invite coordinators)')
  if (!person.email) throw new ValidationError('该人员没有电子邮件地址，无法邀请 (the person has no e-mail address)', [{ path: 'email', message: '缺少电子邮件地址' }])
  if (person.accessDisabledAt) throw new ConflictError('该人员的访问已被停用 (this person’s access is disabled)')
  const id = ctx.newId()
  const now = ctx.now()
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000)
  const inviter = await findPerson(ctx.db, actor.personId)
  const organization = person.organizationId ? await findOrganization(ctx.db, person.organizationId) : undefined
  await withTransaction(ctx.db, async (tx) => {
    await revokeLiveInvitations(tx, person.id, now)
    await insertInvitation(tx, { id, personId: person.id, invitedBy: actor.personId, createdAt: now, expiresAt })
    const mail = signInEmail({ kind: 'invitation', language: person.language, recipientName: person.name, secret: `{{invitation-link:${id}}}`, association: ctx.association.name, invitedBy: inviter?.name ?? null, organizationName: organization?.name ?? null })
    await enqueueMail(tx, {
      id, kind: 'invitation', dedupeKey: `invitation:${id}`, messageId: messageId(id, ctx.mailFrom.email), toEmail: person.email!, toName: person.name,
      subject: mail.subject, html: mail.html, text: mail.text, ics: null, icsMethod: null, nextAttemptAt: now, createdAt: now,
    })
    await recordChange(tx, ctx, actor, { entity: 'person', entityId: person.id, action: 'invited', changes: { invitationId: id, expiresAt } })
  })
  return { id, personId: person.id, expiresAt: expiresAt.toISOString() }
}

export async function invitationLink(ctx: ActionContext, id: string): Promise<string> {
  const expiresAt = (await findInvitation(ctx.db, id))?.expiresAt ?? ctx.now()
  const token = await signLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, [compactUuid(id)], expiresAt)
  return `${ctx.publicUrl}/invite/${token}`
}

/** Turns each invitation placeholder of a mail into its signed link (for the mail finisher). */
export const invitationLinkFiller = { pattern: INVITATION_PLACEHOLDER, make: (ctx: ActionContext, m: RegExpMatchArray) => invitationLink(ctx, m[1]!) }

/** The live invitation behind a link; 404 for a forged or replaced one, 410 for an expired or used one. */
export async function readInvitation(ctx: ActionContext, token: string) {
  const verified = await verifyLink(await appSecret(ctx.db, SECRET, ctx.now()), PURPOSE, token, ctx.now(), 1)
  if (!verified.ok && verified.reason === 'expired') throw new GoneError('邀请链接已过期，请联系邀请人重新发送 (this invitation has expired)')
  const id = verified.ok ? expandUuid(verified.fields[0]!) : null
  const invitation = id ? await findInvitation(ctx.db, id) : undefined
  if (!invitation || invitation.revokedAt || invitation.accessDisabledAt || !invitation.email) throw new NotFoundError('邀请')
  if (invitation.acceptedAt) throw new GoneError('该邀请已使用，请直接登录 (this invitation was used; sign in)')
  if (invitation.expiresAt <= ctx.now()) throw new GoneError('邀请链接已过期，请联系邀请人重新发送 (this invitation has expired)')
  return invitation
}

/**
 * Sets the invited person's password (better-auth hashes it) and uses the invitation up. A person
 * invited again (a forgotten password, say) keeps their account and gets the new password.
 */
export async function acceptInvitation({ ctx, auth, token, password }: { ctx: ActionContext; auth: Auth; token: string; password: string }) {
  const invitation = await readInvitation(ctx, token)
  const email = invitation.email!.toLowerCase()
  const existing = await authUserOfPerson(ctx.db, invitation.personId)
  // One mailbox is one way in: the invitee owns this address (the link reached it), so saying so tells them nothing new.
  if (!existing && (await authUserByEmail(ctx.db, email))) throw new ConflictError('该邮箱已有登录账号，请直接登录 (this address already has an account; sign in with it)')
  if (!(await markInvitationAccepted(ctx.db, invitation.id, ctx.now()))) throw new GoneError('该邀请已使用，请直接登录 (this invitation was used; sign in)')
  if (existing) {
    const context = await auth.$context
    await context.internalAdapter.updatePassword(existing.id, await context.password.hash(password))
  } else await createSignIn(auth, { personId: invitation.personId, email, name: invitation.name }, password)
  await recordChange(ctx.db, ctx, { personId: invitation.personId }, { entity: 'person', entityId: invitation.personId, action: 'invitation_accepted', changes: { invitationId: invitation.id } })
  return { email, name: invitation.name }
}

/** A coordinator turns a person's access off (their sessions end, tokens stop working, no new sign-in) or on again. */
export async function setAccess({ ctx, actor, personId, enabled }: { ctx: ActionContext; actor: Actor; personId: string; enabled: boolean }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以停用或恢复访问 (only coordinators disable or restore access)')
  if (actor.personId === personId && !enabled) throw new ConflictError('不能停用自己的访问 (you cannot disable your own access)')
  const person = await findPerson(ctx.db, personId)
  if (!person) throw new NotFoundError('人员')
  await withTransaction(ctx.db, async (tx) => {
    await setAccessDisabled(tx, personId, enabled ? null : ctx.now())
    if (!enabled) {
      await endSessionsOf(tx, personId)
      await revokeLiveInvitations(tx, personId, ctx.now())
    }
    await recordChange(tx, ctx, actor, { entity: 'person', entityId: personId, action: enabled ? 'access_restored' : 'access_disabled' })
  })
  return { personId, accessEnabled: enabled }
}
