import { meetingRequestEmail } from '../../emails/meeting-request-email.ts'
import type { Actor } from '../auth/actor.ts'
import { capabilityReadLevel } from '../catalogue/capability-access.ts'
import { findCapability } from '../catalogue/capabilities.repository.ts'
import { needReadLevel } from '../catalogue/need-access.ts'
import { isFinal } from '../catalogue/need-status.ts'
import { findNeed } from '../catalogue/needs.repository.ts'
import { findOrganization } from '../catalogue/organizations.repository.ts'
import { findPerson } from '../catalogue/people.repository.ts'
import type { DbOrTx } from '../db/database.ts'
import type { CapabilityRow, NeedRow } from '../db/tables/catalogue.ts'
import { withTransaction } from '../db/transaction.ts'
import type { ActionContext } from '../deps.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts'
import { enqueueNotice } from '../mail/notice.ts'
import { shortlistAgreedPair } from '../matching/decide-match.ts'
import { findMeetingRequest, insertMeetingRequest, listMeetingRequestRows, noticeRecipients, requestsBetween, updateMeetingRequest } from './meeting-requests.repository.ts'
import { getEvent } from './read-events.ts'

// Meeting requests inside a docking event (b2match's request → accept / decline). A participant asks
// an invited organisation of the other kind to meet, about one of its own needs or capabilities and
// perhaps one of theirs; only the asked organisation answers, naming what it brings if the request did
// not. An accepted request is a meeting the scheduler must place (event-demand.repository.ts); a
// pending one reserves nothing; a declined one keeps the two apart in the scheduler's proposals.

type Side = 'enterprise' | 'provider'
export type RequestMeetingInput = { message: string; needId?: string | undefined; capabilityId?: string | undefined; counterpartId?: string | undefined }
export type AnswerMeetingInput = { answer: 'accepted' | 'declined'; note?: string | undefined; needId?: string | undefined; capabilityId?: string | undefined }

const OPEN = ['pending', 'accepted'] as const

function participant(actor: Actor): { side: Side; organizationId: string } {
  if (actor.role !== 'coordinator') return { side: actor.role, organizationId: actor.organizationId }
  throw new ForbiddenError('科协工作人员请直接确定对接候选，约见由参会机构发起 (participants send meeting requests; coordinators shortlist pairs)')
}

const needOpen = (n: NeedRow) => n.status !== 'draft' && !isFinal(n.status)
const capabilityOpen = (c: CapabilityRow) => c.status === 'published'

/** The record a side brings: its own need (enterprise) or capability (provider), open for matching. */
async function ownTopic(db: DbOrTx, side: Side, organizationId: string, id: string | undefined, field: 'needId' | 'capabilityId') {
  const what = side === 'enterprise' ? '需求' : '服务能力'
  if (!id) throw new ValidationError(`请选择本机构的一项${what} (name one of your own ${side === 'enterprise' ? 'needs' : 'capabilities'})`, [{ path: field, message: `请选择本机构的${what}` }])
  const row = side === 'enterprise' ? await findNeed(db, id) : await findCapability(db, id)
  if (!row || row.organizationId !== organizationId) throw new ForbiddenError(`只能以本机构的${what}约见 (use one of your own organisation’s records)`)
  const open = side === 'enterprise' ? needOpen(row as NeedRow) : capabilityOpen(row as CapabilityRow)
  if (!open) throw new ConflictError(`这项${what}未发布或已结束 (the record is not open)`)
  return row
}

export async function requestMeeting({ ctx, actor, eventId, input }: { ctx: ActionContext; actor: Actor; eventId: string; input: RequestMeetingInput }) {
  const { side, organizationId } = participant(actor)
  const event = await getEvent({ ctx, actor, id: eventId })
  if (event.status === 'cancelled' || event.status === 'closed') throw new ConflictError('活动已结束或取消，不能再约见 (the event is over or cancelled)')
  const own = await ownTopic(ctx.db, side, organizationId, side === 'enterprise' ? input.needId : input.capabilityId, side === 'enterprise' ? 'needId' : 'capabilityId')

  // The other side's record, if named, must be one the asker may read; it also names the counterpart.
  const theirId = side === 'enterprise' ? input.capabilityId : input.needId
  let theirs: NeedRow | CapabilityRow | undefined
  if (theirId) {
    theirs = side === 'enterprise' ? await findCapability(ctx.db, theirId) : await findNeed(ctx.db, theirId)
    const level = !theirs ? 'none' : side === 'enterprise' ? capabilityReadLevel(actor, theirs as CapabilityRow) : needReadLevel(actor, theirs as NeedRow)
    if (!theirs || level === 'none') throw new NotFoundError(side === 'enterprise' ? '服务能力' : '技术需求')
    if (!(side === 'enterprise' ? capabilityOpen(theirs as CapabilityRow) : needOpen(theirs as NeedRow))) throw new ConflictError('对方的这项记录未发布或已结束 (their record is not open)')
  }
  const counterpartId = theirs?.organizationId ?? input.counterpartId
  if (!counterpartId) throw new ValidationError('请注明约见哪家机构 (name the organisation, or one of its records)', [{ path: 'counterpartId', message: '请选择约见对象' }])
  if (input.counterpartId && theirs && input.counterpartId !== theirs.organizationId) throw new ValidationError('所选记录不属于该机构 (the record is not that organisation’s)', [{ path: 'counterpartId', message: '与所选记录不符' }])
  const counterpart = await findOrganization(ctx.db, counterpartId)
  const invited = new Set(event.invitedOrganizationIds)
  if (!counterpart || !invited.has(counterpart.id)) throw new ValidationError('对方未受邀参加本活动 (they are not invited to this event)', [{ path: 'counterpartId', message: '未受邀参加本活动' }])
  if (counterpart.kind === side) throw new ValidationError('企业与服务方之间才能约见 (between an enterprise and a provider)', [{ path: 'counterpartId', message: '须为另一方' }])

  const needId = side === 'enterprise' ? own.id : (theirs?.id ?? null)
  const capabilityId = side === 'provider' ? own.id : (theirs?.id ?? null)
  return withTransaction(ctx.db, async (tx) => {
    const earlier = await requestsBetween(tx, eventId, organizationId, counterpart.id)
    if (earlier.some((r) => r.status === 'declined' && r.toOrganizationId === counterpart.id)) throw new ConflictError('对方已谢绝本活动中的约见 (they declined a request from you at this event)')
    if (earlier.some((r) => r.status === 'pending' && r.fromOrganizationId === counterpart.id)) throw new ConflictError('对方已向您发出约见，请直接答复 (they have asked you already: answer their request)')
    const same = (r: (typeof earlier)[number]) => (side === 'enterprise' ? r.needId === needId : r.capabilityId === capabilityId)
    if (earlier.some((r) => OPEN.includes(r.status as 'pending') && same(r))) throw new ConflictError('已就此向对方发出约见 (you have already asked them about this)')
    const row = await insertMeetingRequest(tx, {
      id: ctx.newId(), eventId, fromOrganizationId: organizationId, toOrganizationId: counterpart.id, requestedBy: actor.personId,
      needId, capabilityId, message: input.message, answeredBy: null, answeredAt: null, answerNote: null, createdAt: ctx.now(),
    })
    const asker = (await findOrganization(tx, organizationId))!
    const topic = await topicOf(tx, row)
    for (const person of await noticeRecipients(tx, counterpart.id)) {
      await enqueueNotice(tx, ctx, person, {
        kind: 'meeting_request', dedupeKey: `meeting-request:${row.id}:${person.id}`,
        mail: meetingRequestEmail({ kind: 'requested', message: input.message, language: person.language, recipientName: person.name, eventTitle: event.title, organizationName: asker.name, ...topic, link: `${ctx.publicUrl}/events/${eventId}` }),
      })
    }
    return row
  })
}

export async function answerMeetingRequest({ ctx, actor, id, input }: { ctx: ActionContext; actor: Actor; id: string; input: AnswerMeetingInput }) {
  const request = await findMeetingRequest(ctx.db, id)
  if (!request || (actor.role !== 'coordinator' && actor.organizationId !== request.toOrganizationId && actor.organizationId !== request.fromOrganizationId)) throw new NotFoundError('约见')
  if (actor.role === 'coordinator' || actor.organizationId !== request.toOrganizationId) throw new ForbiddenError('只有被约见的机构可以答复 (only the organisation asked answers)')
  const { side, organizationId } = participant(actor)
  const event = await getEvent({ ctx, actor, id: request.eventId })
  let needId = request.needId
  let capabilityId = request.capabilityId
  if (input.answer === 'accepted') {
    if (event.status === 'cancelled' || event.status === 'closed') throw new ConflictError('活动已结束或取消，不能再接受约见 (the event is over or cancelled)')
    // The answering side brings its own record: the one it names, else the one the request named, else its only open one.
    const named = side === 'enterprise' ? (input.needId ?? needId) : (input.capabilityId ?? capabilityId)
    const own = await ownTopic(ctx.db, side, organizationId, named ?? (await onlyOpenRecord(ctx.db, side, organizationId)), side === 'enterprise' ? 'needId' : 'capabilityId')
    if (side === 'enterprise') needId = own.id
    else capabilityId = own.id
  }
  const answered = await withTransaction(ctx.db, async (tx) => {
    const current = await findMeetingRequest(tx, id, { forUpdate: true })
    if (current?.status !== 'pending') throw new ConflictError(current?.status === 'withdrawn' ? '对方已撤回此约见 (the request was withdrawn)' : '此约见已答复 (already answered)')
    const row = await updateMeetingRequest(tx, id, { status: input.answer, needId, capabilityId, answeredBy: actor.personId, answeredAt: ctx.now(), answerNote: input.note ?? null })
    const answerer = (await findOrganization(tx, organizationId))!
    if (input.answer === 'accepted') {
      await shortlistAgreedPair(tx, ctx, actor, { needId: needId!, capabilityId: capabilityId!, note: `活动约见已接受：${event.title}` })
    }
    const asker = await findPerson(tx, request.requestedBy)
    if (asker) {
      await enqueueNotice(tx, ctx, asker, {
        kind: 'meeting_request', dedupeKey: `meeting-request-answer:${id}`,
        mail: meetingRequestEmail({ kind: input.answer, note: input.note ?? null, language: asker.language, recipientName: asker.name, eventTitle: event.title, organizationName: answerer.name, ...(await topicOf(tx, row)), link: `${ctx.publicUrl}/events/${request.eventId}` }),
      })
    }
    return row
  })
  return readMeetingRequest(ctx, actor, answered.id)
}

/** The asking organisation takes back a request not yet answered. */
export async function withdrawMeetingRequest({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const request = await findMeetingRequest(ctx.db, id)
  if (!request || (actor.role !== 'coordinator' && actor.organizationId !== request.toOrganizationId && actor.organizationId !== request.fromOrganizationId)) throw new NotFoundError('约见')
  if (actor.organizationId !== request.fromOrganizationId) throw new ForbiddenError('只有发起约见的机构可以撤回 (only the asking organisation withdraws)')
  await withTransaction(ctx.db, async (tx) => {
    const current = await findMeetingRequest(tx, id, { forUpdate: true })
    if (current?.status !== 'pending') throw new ConflictError('此约见已答复，不能撤回 (already answered)')
    await updateMeetingRequest(tx, id, { status: 'withdrawn' })
  })
  return readMeetingRequest(ctx, actor, id)
}

async function onlyOpenRecord(db: DbOrTx, side: Side, organizationId: string) {
  const rows = side === 'enterprise'
    ? (await db.selectFrom('needs').select(['id', 'status']).where('organizationId', '=', organizationId).execute()).filter((n) => n.status !== 'draft' && !isFinal(n.status))
    : await db.selectFrom('capabilities').select('id').where('organizationId', '=', organizationId).where('status', '=', 'published').execute()
  return rows.length === 1 ? rows[0]!.id : undefined
}

async function topicOf(db: DbOrTx, r: { needId: string | null; capabilityId: string | null }) {
  const need = r.needId ? await findNeed(db, r.needId) : undefined
  const capability = r.capabilityId ? await findCapability(db, r.capabilityId) : undefined
  return { needTitle: need?.title ?? null, capabilityTitle: capability?.title ?? null }
}

/**
 * Coordinators see every request (of one event, if asked); participants those their organisation sent
 * or received. While a request about an anonymous need is unanswered, its asker does not learn whose it is.
 */
export async function listMeetingRequests({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: { eventId?: string | undefined; status?: string | undefined; direction?: 'incoming' | 'outgoing' | undefined } }) {
  if (query.eventId) await getEvent({ ctx, actor, id: query.eventId })
  const own = actor.role === 'coordinator' ? undefined : actor.organizationId
  const rows = await listMeetingRequestRows(ctx.db, { ...(query.eventId ? { eventId: query.eventId } : {}), ...(query.status ? { status: query.status } : {}), ...(own ? { organizationId: own, ...(query.direction ? { direction: query.direction } : {}) } : {}) })
  return rows.map((r) => present(actor, r))
}

async function readMeetingRequest(ctx: ActionContext, actor: Actor, id: string) {
  const [row] = await listMeetingRequestRows(ctx.db, { id })
  return present(actor, row!)
}

type Row = Awaited<ReturnType<typeof listMeetingRequestRows>>[number]
function present(actor: Actor, r: Row) {
  const own = actor.role === 'coordinator' ? undefined : actor.organizationId
  const direction = !own ? null : r.fromOrganizationId === own ? ('outgoing' as const) : ('incoming' as const)
  // The asker named the other side's record: while unanswered, the owner's name shows only if that record shows it.
  const theirs = r.fromKind === 'enterprise'
    ? r.capabilityId && r.capabilityOwner ? capabilityReadLevel(actor, { organizationId: r.capabilityOwner, visibility: r.capabilityVisibility!, status: r.capabilityStatus! }) : 'full'
    : r.needId && r.needOwner ? needReadLevel(actor, { organizationId: r.needOwner, visibility: r.needVisibility!, status: r.needStatus! }) : 'full'
  const hidden = direction === 'outgoing' && r.status !== 'accepted' && theirs !== 'full'
  const session = r.session as { id: string; startsAt: string; endsAt: string; status: string; tableName: string | null } | null
  return {
    id: r.id, eventId: r.eventId, eventTitle: r.eventTitle, direction,
    from: { organizationId: r.fromOrganizationId, name: r.fromName, kind: r.fromKind as 'enterprise' | 'provider' }, requestedByName: r.requestedByName,
    to: { organizationId: hidden ? null : r.toOrganizationId, name: hidden ? null : r.toName },
    need: r.needId ? { id: r.needId, title: r.needTitle ?? '' } : null, capability: r.capabilityId ? { id: r.capabilityId, title: r.capabilityTitle ?? '' } : null,
    message: r.message, status: r.status, answerNote: r.answerNote, answeredAt: r.answeredAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
    session: session ? { ...session, startsAt: new Date(session.startsAt).toISOString(), endsAt: new Date(session.endsAt).toISOString() } : null,
  }
}
