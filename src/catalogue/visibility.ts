import type { Actor } from '../auth/actor.ts'
import type { Visibility } from '../db/tables/catalogue.ts'

export type ReadLevel = 'full' | 'summary' | 'none'

/**
 * How much of a catalogue record an actor may read. Its own organisation and coordinators see all;
 * others see only listed records (published, not drafts or withdrawn ones), in full if public,
 * as a summary if the owner chose "summary only", and not at all if confidential.
 * The repositories apply the same rule in SQL (`readableRecords`), so lists never hold more.
 */
export function readLevel(actor: Actor, record: { organizationId: string; visibility: Visibility; listed: boolean }): ReadLevel {
  if (actor.role === 'coordinator' || actor.organizationId === record.organizationId) return 'full'
  if (!record.listed) return 'none'
  if (record.visibility === 'public') return 'full'
  if (record.visibility === 'summary') return 'summary'
  return 'none'
}
