import type { CapabilityRow } from '../db/tables/catalogue.ts'
import type { Capability, CapabilitySummary } from './capabilities.schemas.ts'
import type { ReadLevel } from './visibility.ts'

export type Expert = { id: string; name: string; position: string | null }

export function presentCapability(row: CapabilityRow, level: Exclude<ReadLevel, 'none'>, experts: Expert[]): Capability | CapabilitySummary {
  const summary = {
    id: row.id,
    title: row.title,
    keywords: row.keywords,
    fields: row.fields,
    industryChains: row.industryChains,
    serviceTypes: row.serviceTypes as CapabilitySummary['serviceTypes'],
    cooperationModes: row.cooperationModes as CapabilitySummary['cooperationModes'],
    readinessLevel: row.readinessLevel,
    regionsServed: row.regionsServed,
    visibility: row.visibility,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
  if (level === 'summary') return { view: 'summary', ...summary }
  return {
    view: 'full',
    ...summary,
    organizationId: row.organizationId,
    description: row.description,
    capacityPerMonth: row.capacityPerMonth,
    experts,
    createdBy: row.createdBy,
  }
}
