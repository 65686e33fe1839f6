import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { CapabilityRow } from '../db/tables/catalogue.ts'
import { capabilityFacts } from './documents.ts'
import { CapabilityIndex } from './memory-index.ts'

type ChangedRow = { xmin: string; id: string | null } & Pick<CapabilityRow, 'organizationId' | 'title' | 'description' | 'keywords' | 'fields' | 'industryChains' | 'serviceTypes' | 'cooperationModes' | 'regionsServed' | 'capacityPerMonth' | 'visibility' | 'status'>

/**
 * The capability catalogue kept in this process's memory for matching, following the database.
 * Before each use it reads, in one statement, the rows written by transactions that had not
 * finished at its previous look (the snapshot's xmin) or began since — usually none. Every row
 * carries the transaction that last wrote it (a trigger sets it), so no writer can be missed,
 * whichever process wrote. Node only: a Worker's isolate is too short-lived to keep one.
 */
export class ResidentCatalogue {
  #index = new CapabilityIndex()
  #since = '0'
  #last: Promise<unknown> = Promise.resolve()

  /** The index, up to date with every transaction committed before this call. */
  current(db: DbOrTx): Promise<CapabilityIndex> {
    // One sync at a time; a caller arriving meanwhile waits for it, then looks again itself.
    const next = this.#last.catch(() => undefined).then(() => this.#sync(db))
    this.#last = next
    return next
  }

  async #sync(db: DbOrTx): Promise<CapabilityIndex> {
    const { rows } = await sql<ChangedRow>`
      with s as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
      select s.xmin::text as xmin, c.id, c.organization_id as "organizationId", c.title, c.description, c.keywords, c.fields,
        c.industry_chains as "industryChains", c.service_types as "serviceTypes", c.cooperation_modes as "cooperationModes",
        c.regions_served as "regionsServed", c.capacity_per_month as "capacityPerMonth", c.visibility, c.status
      from s left join capabilities c on c.changed_xid >= ${this.#since}::xid8
      order by c.id`.execute(db)
    for (const row of rows) {
      if (!row.id) continue
      const doc = { title: row.title, keywords: row.keywords, fields: row.fields, description: row.description }
      this.#index.upsert({ id: row.id, doc, facts: capabilityFacts(row) }, { status: row.status, visibility: row.visibility, organizationId: row.organizationId })
    }
    this.#since = rows[0]!.xmin
    return this.#index
  }
}
