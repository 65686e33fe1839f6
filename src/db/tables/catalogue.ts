import type { ColumnType, Generated, Selectable } from 'kysely'

export type Visibility = 'public' | 'summary' | 'confidential'
export type NeedStatus =
  | 'draft'
  | 'published'
  | 'matched'
  | 'shortlisted'
  | 'scheduled'
  | 'held'
  | 'intention'
  | 'agreement'
  | 'resolved'
  | 'closed'
  | 'withdrawn'
export type CapabilityStatus = 'draft' | 'published' | 'archived'

type Json = ColumnType<Record<string, unknown>, string, string>

export interface NeedsTable {
  id: string
  organizationId: string
  organizationKind: ColumnType<'enterprise', never, never>
  title: string
  description: string
  industryChain: string
  fields: string[]
  keywords: string[]
  needType: string
  cooperationModes: string[]
  budgetMinYuan: ColumnType<number | null, number | null, number | null>
  budgetMaxYuan: ColumnType<number | null, number | null, number | null>
  deadline: ColumnType<string | null, string | null, string | null>
  county: string
  visibility: Visibility
  status: NeedStatus
  contactPersonId: string | null
  /** Maintained by matching (search-index.ts); never selected by the catalogue. */
  searchVector: ColumnType<string, string | undefined, string>
  createdBy: string
  createdAt: ColumnType<Date, Date | undefined, never>
  updatedAt: Date
}
export type NeedRow = Omit<Selectable<NeedsTable>, 'searchVector'>

export interface CapabilitiesTable {
  id: string
  organizationId: string
  organizationKind: ColumnType<'provider', never, never>
  title: string
  description: string
  fields: string[]
  keywords: string[]
  industryChains: string[]
  serviceTypes: string[]
  cooperationModes: string[]
  readinessLevel: number | null
  regionsServed: string[]
  capacityPerMonth: number
  visibility: Visibility
  status: CapabilityStatus
  searchVector: ColumnType<string, string | undefined, string>
  createdBy: string
  createdAt: ColumnType<Date, Date | undefined, never>
  updatedAt: Date
}
export type CapabilityRow = Omit<Selectable<CapabilitiesTable>, 'searchVector'>

export interface CapabilityExpertsTable {
  capabilityId: string
  personId: string
}

/** One row per change of a catalogue record: who, when, what changed and why. */
export interface HistoryTable<Status extends string> {
  id: string
  actorId: string
  at: Date
  action: 'created' | 'updated' | 'status_changed'
  fromStatus: Status | null
  toStatus: Status | null
  changes: Json
  reason: string | null
}
export interface NeedHistoryTable extends HistoryTable<NeedStatus> {
  needId: string
}
export interface CapabilityHistoryTable extends HistoryTable<CapabilityStatus> {
  capabilityId: string
}

export type VocabularyKind = 'county' | 'industry_chain'

/** The association's counties and industry chains: records name one of these. */
export interface VocabularyTermsTable {
  kind: VocabularyKind
  name: string
  position: number
  createdAt: Generated<Date>
}
