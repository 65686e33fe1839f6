import type { ColumnType, Generated, Selectable } from 'kysely'

export type OrganizationKind = 'enterprise' | 'provider'
export type ProviderType =
  | 'national_society'
  | 'provincial_society'
  | 'university'
  | 'institute'
  | 'service_station'
  | 'expert_group'

export interface OrganizationsTable {
  id: string
  kind: OrganizationKind
  providerType: ProviderType | null
  name: string
  creditCode: string | null
  county: string
  industryChains: string[]
  description: string
  website: string | null
  createdAt: ColumnType<Date, Date | undefined, never>
  updatedAt: Date
}
export type OrganizationRow = Selectable<OrganizationsTable>

export type AccessRole = 'coordinator' | 'member'
export type Language = 'zh' | 'en'

export interface PeopleTable {
  id: string
  organizationId: string | null
  accessRole: AccessRole
  name: string
  email: string | null
  phone: string | null
  position: string | null
  language: Generated<Language>
  createdAt: ColumnType<Date, Date | undefined, never>
  updatedAt: Date
}
export type PersonRow = Selectable<PeopleTable>

export interface AccessTokensTable {
  id: string
  personId: string
  tokenHash: string
  label: string
  createdBy: string | null
  createdAt: ColumnType<Date, Date | undefined, never>
  expiresAt: Date | null
  revokedAt: Date | null
  lastUsedAt: Date | null
}
export type AccessTokenRow = Selectable<AccessTokensTable>
