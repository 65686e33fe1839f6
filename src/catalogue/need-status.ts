import type { Actor } from '../auth/actor.ts'
import type { NeedStatus } from '../db/tables/catalogue.ts'
import { label, NEED_STATUSES } from './vocabulary.ts'

/** The funnel, in order (DOMAIN.md); the last three end a need. */
export const FUNNEL: NeedStatus[] = ['draft', 'published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement']
export const FINAL_NEED_STATUSES: NeedStatus[] = ['resolved', 'closed', 'withdrawn']
/** Statuses in which other organisations can see a need at all. */
export const LISTED_NEED_STATUSES: NeedStatus[] = ['published', 'matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement', 'resolved', 'closed']

export const isFinal = (status: NeedStatus) => FINAL_NEED_STATUSES.includes(status)

/** `forbidden`: not this actor's move; `invalid`: allowed, but something is missing. */
export type TransitionCheck = { ok: true } | { ok: false; kind: 'forbidden' | 'invalid'; reason: string }

/**
 * Who may move a need from one status to another. Enterprise staff publish, unpublish and
 * withdraw their own needs; the later funnel steps are the coordinator's (and, later, the
 * system's as sessions and agreements are recorded). Leaving a final status is a reopening:
 * coordinators only, and always with a reason, so the yearly figures can be explained.
 */
export function checkNeedTransition(actor: Actor, from: NeedStatus, to: NeedStatus, reason: string | undefined): TransitionCheck {
  if (from === to) return { ok: true }
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
