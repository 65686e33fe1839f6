import type { Actor } from '../auth/actor.ts'
import type { NeedRow } from '../db/tables/catalogue.ts'
import { LISTED_NEED_STATUSES } from './need-status.ts'
import { readLevel, type ReadLevel } from './visibility.ts'

export function needReadLevel(actor: Actor, need: Pick<NeedRow, 'organizationId' | 'visibility' | 'status'>): ReadLevel {
  return readLevel(actor, { organizationId: need.organizationId, visibility: need.visibility, listed: LISTED_NEED_STATUSES.includes(need.status) })
}
