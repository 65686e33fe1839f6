import type { CapabilityRow, NeedRow } from '../db/tables/catalogue.ts'
import type { CapabilityFacts, NeedFacts } from './score.ts'
import type { TextDoc } from './text.ts'
import type { TrackRecord } from './track-record.repository.ts'

// How catalogue records read to the matcher.

/** What of a need its ranking reads. */
export type NeedToRank = Pick<NeedRow, 'id' | 'title' | 'keywords' | 'fields' | 'description' | 'industryChain' | 'needType' | 'cooperationModes' | 'county'>

export const textOf = (row: Pick<NeedRow, 'title' | 'keywords' | 'fields' | 'description'>): TextDoc => ({
  title: row.title,
  keywords: row.keywords,
  fields: row.fields,
  description: row.description,
})

export const needFacts = (row: Pick<NeedRow, 'industryChain' | 'needType' | 'cooperationModes' | 'county' | 'fields'>): NeedFacts => ({
  industryChain: row.industryChain,
  needType: row.needType,
  cooperationModes: row.cooperationModes,
  county: row.county,
  fields: row.fields,
})

/** A capability's facts; its track record, from docking events and outcomes, when known. */
export const capabilityFacts = (
  row: Pick<CapabilityRow, 'industryChains' | 'serviceTypes' | 'cooperationModes' | 'regionsServed' | 'fields' | 'capacityPerMonth'>,
  record?: TrackRecord,
): CapabilityFacts => ({
  industryChains: row.industryChains,
  serviceTypes: row.serviceTypes,
  cooperationModes: row.cooperationModes,
  regionsServed: row.regionsServed,
  fields: row.fields,
  capacityLeft: Math.max(0, row.capacityPerMonth - (record?.bookedThisMonth ?? 0)),
  sessionsHeld: record?.sessionsHeld ?? 0,
  agreements: record?.agreements ?? 0,
})

/** Facts read without a track record (as an index holds them), completed with it. */
export const withTrackRecord = (facts: CapabilityFacts, record?: TrackRecord): CapabilityFacts => ({
  ...facts,
  capacityLeft: Math.max(0, facts.capacityLeft - (record?.bookedThisMonth ?? 0)),
  sessionsHeld: record?.sessionsHeld ?? 0,
  agreements: record?.agreements ?? 0,
})

/** Whether an edit touches the text the index is built from. */
export function textChanged(before: TextDoc, after: TextDoc): boolean {
  return JSON.stringify(before) !== JSON.stringify(after)
}
