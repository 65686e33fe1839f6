import { interestEmail } from '../../emails/interest-email.ts'
import type { Actor } from '../auth/actor.ts'
import { advanceNeeds } from '../catalogue/advance-needs.ts'
import { findCapability } from '../catalogue/capabilities.repository.ts'
import { needReadLevel } from '../catalogue/need-access.ts'
import { isFinal } from '../catalogue/need-status.ts'
import { findNeed } from '../catalogue/needs.repository.ts'
import { organizationNames } from '../catalogue/organizations.repository.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { DbOrTx } from '../db/database.ts'
import { withTransaction } from '../db/transaction.ts'
import type { ActionContext } from '../deps.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import { enqueueNotice } from '../mail/notice.ts'
import { shortlistAgreedPair } from './decide-match.ts'
import { findInterest, insertInterest, interestFor, listInterestRows, updateInterest } from './interests.repository.ts'

// 「我能解决」(揭榜): provider staff say one of their published capabilities can solve a need they may
// see. It counts as a match in the funnel from then on; the enterprise (or a coordinator) accepts it —
// it becomes a shortlisted pair, scheduled like any other — or declines it. Each side hears by e-mail.

type Mail = Parameters<typeof interestEmail>[0]
async function tell(db: DbOrTx, ctx: ActionContext, personId: string | null, key: string, props: (p: { name: string; language: 'zh' | 'en' }) => Mail) {
  const person = personId ? await findPerson(db, personId) : undefined
  if (person) await enqueueNotice(db, ctx, person, { kind: 'interest', dedupeKey: key, mail: interestEmail(props({ name: person.name, language: person.language })) })
}

/** Whom the enterprise side of a need is: its contact, else whoever filed it. */
const enterpriseContact = (need: { contactPersonId: string | null; createdBy: string }) => need.contactPersonId ?? need.createdBy

export async function expressInterest({ ctx, actor, needId, input }: { ctx: ActionContext; actor: Actor; needId: string; input: { capabilityId: string; note: string } }) {
  if (actor.role !== 'provider') throw new ForbiddenError('只有服务方可以揭榜 (only provider staff say they can solve a need)')
  const need = await findNeed(ctx.db, needId)
  if (!need || needReadLevel(actor, need) === 'none') throw new NotFoundError('技术需求')
  if (need.status === 'draft' || isFinal(need.status)) throw new ConflictError('该需求已不再征集 (the need is no longer open)')
  const capability = await findCapability(ctx.db, input.capabilityId)
  if (!capability || capability.organizationId !== actor.organizationId) throw new ForbiddenError('只能以本机构的服务能力揭榜 (offer one of your own capabilities)')
  if (capability.status !== 'published') throw new ConflictError('请先发布这项服务能力 (publish the capability first)')
  if (await interestFor(ctx.db, needId, capability.id)) throw new ConflictError('已用这项服务能力揭榜过此需求 (already offered with this capability)')
  const providerName = (await organizationNames(ctx.db, [actor.organizationId])).get(actor.organizationId) ?? ''
  return withTransaction(ctx.db, async (tx) => {
    const row = await insertInterest(tx, { id: ctx.newId(), needId, capabilityId: capability.id, providerId: actor.organizationId, personId: actor.personId, note: input.note, createdAt: ctx.now() })
    await advanceNeeds(tx, ctx, actor, [needId], 'matched', `服务方揭榜：${providerName}「${capability.title}」`)
    await tell(tx, ctx, enterpriseContact(need), `interest:${row.id}`, (p) => ({
      kind: 'expressed', language: p.language, recipientName: p.name, needTitle: need.title, capabilityTitle: capability.title, providerName, note: input.note, link: `${ctx.publicUrl}/needs/${needId}`,
    }))
    return row
  })
}

/** Coordinators see every interest; enterprise staff those in their needs; provider staff their own. */
export async function listInterests({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: { needId?: string | undefined; status?: string | undefined } }) {
  if (query.needId) {
    const need = await findNeed(ctx.db, query.needId)
    if (!need || needReadLevel(actor, need) === 'none') throw new NotFoundError('技术需求')
  }
  const scope = {
    ...(query.needId ? { needId: query.needId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(actor.role === 'provider' ? { providerId: actor.organizationId } : actor.role === 'enterprise' ? { enterpriseId: actor.organizationId } : {}),
  }
  return (await listInterestRows(ctx.db, scope)).map(present)
}

export async function decideInterest({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: { status: 'accepted' | 'declined'; note?: string | undefined } }) {
  const interest = await findInterest(ctx.db, id)
  const need = interest ? await findNeed(ctx.db, interest.needId) : undefined
  const mayDecide = !!need && (actor.role === 'coordinator' || (actor.role === 'enterprise' && actor.organizationId === need.organizationId))
  if (!interest || !need || (!mayDecide && actor.organizationId !== interest.providerId)) throw new NotFoundError('揭榜')
  if (!mayDecide) throw new ForbiddenError('只有需求方和科协工作人员可以答复揭榜 (only the enterprise and coordinators answer an offer)')
  if (interest.status !== 'pending') throw new ConflictError('此揭榜已答复 (already answered)')
  const capability = (await findCapability(ctx.db, interest.capabilityId))!
  const providerName = (await organizationNames(ctx.db, [interest.providerId])).get(interest.providerId) ?? ''
  await withTransaction(ctx.db, async (tx) => {
    await updateInterest(tx, id, { status: input.status, decidedBy: actor.personId, decidedAt: ctx.now(), decisionNote: input.note ?? null })
    if (input.status === 'accepted') {
      await shortlistAgreedPair(tx, ctx, actor, { needId: need.id, capabilityId: capability.id, note: `揭榜已接受：${providerName}${input.note ? `（${input.note}）` : ''}` })
    }
    await tell(tx, ctx, interest.personId, `interest-decision:${id}`, (p) => ({
      kind: input.status, language: p.language, recipientName: p.name, needTitle: need.title, capabilityTitle: capability.title, providerName, decisionNote: input.note ?? null, link: `${ctx.publicUrl}/capabilities/${capability.id}`,
    }))
  })
  const [row] = await listInterestRows(ctx.db, { id })
  return present(row!)
}

type ListedRow = Awaited<ReturnType<typeof listInterestRows>>[number]
function present({ enterpriseId: _e, ...r }: ListedRow) {
  return { ...r, decidedAt: r.decidedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }
}
