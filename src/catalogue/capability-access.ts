import type { Actor } from '../auth/actor.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { readLevel, type ReadLevel } from './visibility.ts'

export function capabilityReadLevel(actor: Actor, capability: Pick<CapabilityRow, 'organizationId' | 'visibility' | 'status'>): ReadLevel {
  return readLevel(actor, { organizationId: capability.organizationId, visibility: capability.visibility, listed: capability.status === 'published' })
}
