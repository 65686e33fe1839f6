import type { OrganizationRow, PersonRow } from '../db/tables/organizations.ts'
import type { Organization, Person } from './organizations.schemas.ts'

export function presentOrganization(row: OrganizationRow): Organization {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export function presentPerson({ accessDisabledAt, ...row }: PersonRow): Person {
  return { ...row, accessDisabled: accessDisabledAt !== null, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}
