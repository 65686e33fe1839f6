import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'

export type ChangedCapability = { xmin: string; termsVersion: string; learnedVersion: string; inputsChanged: boolean; id: string | null } & Pick<CapabilityRow, 'organizationId' | 'title' | 'description' | 'keywords' | 'fields' | 'industryChains' | 'serviceTypes' | 'cooperationModes' | 'regionsServed' | 'capacityPerMonth' | 'visibility' | 'status'>

/**
 * In one statement: the capability rows written by transactions at or after `since` (an xid8),
 * the current snapshot's xmin to look from next time, and the versions of the term list and of
 * what was learned, and whether any other input of a shown ranking (sessions, agreements, experts,
 * providers' names) was written since. Always at least one row; `id` is null on it when nothing changed.
 */
export async function catalogueChangesSince(db: DbOrTx, since: string): Promise<ChangedCapability[]> {
  const { rows } = await sql<ChangedCapability>`
    with s as (
      select pg_snapshot_xmin(pg_current_snapshot()) as xmin,
        (select version from matching_versions where name = 'match_terms') as terms_version,
        (select version from matching_versions where name = 'learned_terms') as learned_version,
        exists (select 1 from matching_input_changes where changed_xid >= ${since}::xid8) as inputs_changed
    )
    select s.xmin::text as xmin, s.terms_version::text as "termsVersion", s.learned_version::text as "learnedVersion", s.inputs_changed as "inputsChanged",
      c.id, c.organization_id as "organizationId", c.title, c.description, c.keywords, c.fields,
      c.industry_chains as "industryChains", c.service_types as "serviceTypes", c.cooperation_modes as "cooperationModes",
      c.regions_served as "regionsServed", c.capacity_per_month as "capacityPerMonth", c.visibility, c.status
    from s left join capabilities c on c.changed_xid >= ${since}::xid8
    order by c.id`.execute(db)
  return rows
}

/** Forgets the input changes older than a day: no remembered answer lives that long (see ResidentCatalogue). */
export async function pruneInputChanges(db: DbOrTx): Promise<void> {
  await sql`delete from matching_input_changes where changed_at < now() - interval '1 day'`.execute(db)
}
