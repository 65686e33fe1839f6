import type { Actor } from '../auth/actor.ts'
import type { NeedStatus } from '../db/tables/catalogue.ts'
import { label, NEED_STATUSES } from './vocabulary.ts'

/** The funnel, in order (DOMAIN.md); the last three end a need. */
export const FUNNEL: NeedStatus[] = ['draft', 'published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement']
export const FINAL_NEED_STATUSES: NeedStatus[] = ['resolved', 'closed', 'withdrawn']
/** Statuses in which other organisations can see a need at all. */
export const LISTED_NEED_STATUSES: NeedStatus[] = ['published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement', 'resolved', 'closed']

export const isFinal = (status: NeedStatus) => FINAL_NEED_STATUSES.includes(status)

/** `forbidden`: not this actor's move; `invalid`: allowed, but something is missing; `record`: follows from a record. */
export type TransitionCheck = { ok: true } | { ok: false; kind: 'forbidden' | 'invalid' | 'record'; reason: string }

/**
 * The funnel steps past "published" follow from records, never from a bare status write, so the
 * funnel and the figures count the same things: each names where its record is made.
 */
export const STEP_RECORDS: Partial<Record<NeedStatus, string>> = {
  matched: 'POST /api/v1/matches（入围或接受对接候选 shortlist or accept a candidate）',
  shortlisted: 'POST /api/v1/matches（入围或接受对接候选 shortlist or accept a candidate）',
  scheduled: 'POST /api/v1/events/{id}/sessions 或 POST /api/v1/events/{id}/schedule（安排对接会 book a session）',
  held: 'PATCH /api/v1/sessions/{id} {"status":"held"}（登记对接会已举行 mark the session held）',
  intention: 'POST /api/v1/intentions（登记合作意向 record the intention）',
  agreement: 'POST /api/v1/agreements（登记合作协议 record the agreement）',
  resolved: 'POST /api/v1/needs/{id}/resolution（登记需求解决 record the resolution）',
}

/**
 * Who may move a need from one status to another by editing it. Enterprise staff publish,
 * unpublish and withdraw their own needs; coordinators also close them. The later funnel steps
 * are never written here: they follow from matches, sessions and outcomes (STEP_RECORDS). Leaving a final status is a reopening:
 * coordinators only, and always with a reason, so the yearly figures can be explained.
 */
export function checkNeedTransition(actor: Actor, from: NeedStatus, to: NeedStatus, reason: string | undefined): TransitionCheck {
  if (from === to) return { ok: true }
  const record = STEP_RECORDS[to]
  if (record) return { ok: false, kind: 'record', reason: `「${label(NEED_STATUSES.list, to)}」由相应记录产生，不能直接设置；请使用 ${record} (this step follows from its record)` }
  if (isFinal(from)) {
    if (actor.role !== 'coordinator') return { ok: false, kind: 'forbidden', reason: '需求已结束，只有科协工作人员可以重新开启 (only a coordinator can reopen a finished need)' }
    if (!reason) return { ok: false, kind: 'invalid', reason: '重新开启需求须说明原因 statusReason (reopening needs a statusReason)' }
    return { ok: true }
  }
  if (actor.role === 'coordinator') return { ok: true }
  const ownerMoves: Partial<Record<NeedStatus, NeedStatus[]>> = {
    draft: ['published', 'withdrawn'],
    published: ['draft', 'withdrawn'],
  }
  if (ownerMoves[from]?.includes(to) || to === 'withdrawn') return { ok: true }
  return { ok: false, kind: 'forbidden', reason: `企业用户不能将需求从「${label(NEED_STATUSES.list, from)}」改为「${label(NEED_STATUSES.list, to)}」(enterprise staff cannot move a need from ${from} to ${to})` }
}
