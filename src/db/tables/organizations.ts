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
  /** Set by a coordinator: the person can no longer sign in, and their sessions and tokens stop working. */
  accessDisabledAt: ColumnType<Date | null, never, Date | null>
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

export interface InvitationsTable {
  id: string
  personId: string
  invitedBy: string | null
  createdAt: Date
  expiresAt: Date
  acceptedAt: Date | null
  revokedAt: Date | null
}

/** better-auth's tables (authentication only): users tied one-to-one to our people. */
export interface AuthUsersTable {
  id: string
  name: string
  email: string
  emailVerified: boolean
  image: string | null
  personId: string
  createdAt: Date
  updatedAt: Date
}

export interface AuthSessionsTable {
  id: string
  userId: string
  token: string
  expiresAt: Date
  ipAddress: string | null
  userAgent: string | null
  createdAt: Date
  updatedAt: Date
}
