import type { NeedRow } from '../db/tables/catalogue.ts'
import type { Need, NeedSummary } from './needs.schemas.ts'
import type { ReadLevel } from './visibility.ts'

export function presentNeed(row: NeedRow, level: Exclude<ReadLevel, 'none'>): Need | NeedSummary {
  const summary = {
    id: row.id,
    title: row.title,
    county: row.county,
    industryChain: row.industryChain,
    keywords: row.keywords,
    fields: row.fields,
    needType: row.needType as NeedSummary['needType'],
    cooperationModes: row.cooperationModes as NeedSummary['cooperationModes'],
    deadline: row.deadline,
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
    budgetMinYuan: row.budgetMinYuan,
    budgetMaxYuan: row.budgetMaxYuan,
    contactPersonId: row.contactPersonId,
    createdBy: row.createdBy,
  }
}
