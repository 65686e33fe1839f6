import type { ColumnType, Selectable } from 'kysely'

type Day = ColumnType<string, string, string>

export interface IntentionsTable {
  id: string
  enterpriseId: string
  providerId: string
  sessionId: string | null
  needIds: string[]
  statedOn: Day
  description: string
  recordedBy: string
  version: ColumnType<number, number | undefined, number>
  createdAt: Date
  updatedAt: Date
}
export type IntentionRow = Selectable<IntentionsTable>

export interface AgreementsTable {
  id: string
  enterpriseId: string
  providerId: string
  intentionId: string | null
  needIds: string[]
  kind: string
  signedOn: Day
  amountYuan: number | null
  termMonths: number | null
  documentRef: string | null
  recordedBy: string
  version: ColumnType<number, number | undefined, number>
  createdAt: Date
  updatedAt: Date
}
export type AgreementRow = Selectable<AgreementsTable>

export interface ResolutionsTable {
  id: string
  needId: string
  how: 'agreement' | 'session' | 'outside'
  agreementId: string | null
  sessionId: string | null
  evidence: string
  resolvedOn: Day
  recordedBy: string
  version: ColumnType<number, number | undefined, number>
  createdAt: Date
  updatedAt: Date
}
export type ResolutionRow = Selectable<ResolutionsTable>

export interface OutcomeVersionsTable {
  id: string
  entity: 'intention' | 'agreement' | 'resolution'
  entityId: string
  version: number
  snapshot: ColumnType<unknown, string, never>
  changedBy: string
  changedAt: Date
}
