import type { Actor } from '../auth/actor.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { readLevel, type ReadLevel } from './visibility.ts'

export function capabilityReadLevel(actor: Actor, capability: Pick<CapabilityRow, 'organizationId' | 'visibility' | 'status'>): ReadLevel {
  return readLevel(actor, { organizationId: capability.organizationId, visibility: capability.visibility, listed: capability.status === 'published' })
}

/** Whether a capability may be suggested to this actor: listed, and readable by them. */
export function suggestableTo(actor: Actor, capability: Pick<CapabilityRow, 'organizationId' | 'visibility' | 'status'>): boolean {
  return capability.status === 'published' && capabilityReadLevel(actor, capability) !== 'none'
}
