import type { DbOrTx } from '../db/database.ts'
import { catalogueChangesSince } from './resident-catalogue.repository.ts'
import { capabilityFacts } from './documents.ts'
import type { Association } from './learning.ts'
import { allLearned } from './learning.repository.ts'
import { CapabilityIndex } from './memory-index.ts'
import type { TermGroup } from './terms.ts'
import { termGroups } from './terms.repository.ts'

/** What a ranking reads besides the need, as of one look at the database. */
export interface MatchingState {
  index: CapabilityIndex
  groups: readonly TermGroup[]
  learned: readonly Association[]
  /** Changes whenever any of the three does. */
  version: string
}

/** At most this many first cuts are remembered. */
const REMEMBERED_CUTS = 2000

/**
 * The capability catalogue kept in this process's memory for matching, following the database,
 * with the term list and what was learned from decisions. Before each use one statement reads
 * the capability rows written by transactions unfinished at the previous look (the snapshot's
 * xmin) or begun since — usually none — and the versions of the term list and of the learned
 * words; those two are read again only when their version moved. Every capability row carries
 * the transaction that last wrote it and the versions are bumped by triggers, so no writer can
 * be missed, whichever process wrote. Node only: a Worker's isolate is too short-lived.
 */
export class ResidentCatalogue {
  #index = new CapabilityIndex()
  #since = '0'
  #groups: { version: string; groups: TermGroup[] } = { version: '', groups: [] }
  #learned: { version: string; learned: Association[] } = { version: '', learned: [] }
  #cuts = new Map<string, string[]>()
  #last: Promise<unknown> = Promise.resolve()

  /** The state, up to date with every transaction committed before this call. */
  current(db: DbOrTx): Promise<MatchingState> {
    // One sync at a time; a caller arriving meanwhile waits for it, then looks again itself.
    const next = this.#last.catch(() => undefined).then(() => this.#sync(db))
    this.#last = next
    return next
  }

  /**
   * A first cut remembered under its inputs' key (the state's version is part of it), so a need
   * asked again, unchanged, against an unchanged catalogue is not searched again.
   */
  rememberedCut(key: string, cut: () => string[]): string[] {
    const found = this.#cuts.get(key)
    if (found) return found
    const made = cut()
    if (this.#cuts.size >= REMEMBERED_CUTS) this.#cuts.delete(this.#cuts.keys().next().value!)
    this.#cuts.set(key, made)
    return made
  }

  async #sync(db: DbOrTx): Promise<MatchingState> {
    const rows = await catalogueChangesSince(db, this.#since)
    for (const row of rows) {
      if (!row.id) continue
      const doc = { title: row.title, keywords: row.keywords, fields: row.fields, description: row.description }
      this.#index.upsert({ id: row.id, doc, facts: capabilityFacts(row) }, { status: row.status, visibility: row.visibility, organizationId: row.organizationId })
    }
    const { xmin, termsVersion, learnedVersion } = rows[0]!
    this.#since = xmin
    if (termsVersion !== this.#groups.version) this.#groups = { version: termsVersion, groups: await termGroups(db) }
    if (learnedVersion !== this.#learned.version) this.#learned = { version: learnedVersion, learned: await allLearned(db) }
    return { index: this.#index, groups: this.#groups.groups, learned: this.#learned.learned, version: `${this.#index.version}/${termsVersion}/${learnedVersion}` }
  }
}
