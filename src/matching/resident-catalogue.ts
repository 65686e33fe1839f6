import type { DbOrTx } from '../db/database.ts'
import { catalogueChangesSince, pruneInputChanges } from './resident-catalogue.repository.ts'
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
  /** Changes whenever anything else a shown ranking reads does: sessions, agreements, experts, names. */
  inputs: number
}

/** At most this many first cuts are remembered. */
const REMEMBERED_CUTS = 2000
/** At most this many answers are remembered, each for at most this long. */
const REMEMBERED_ANSWERS = 1000
const ANSWER_LIFETIME_MS = 10 * 60_000
/** At most this many values read from the inputs are kept (track records, experts, names). */
const KEPT_INPUTS = 50_000
/** How often the log of input changes is pruned (rows older than a day go; an answer lives ten minutes). */
const PRUNE_EVERY_MS = 60 * 60_000

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
  #answers = new Map<string, { at: number; answer: unknown }>()
  #inputs = 0
  #kept = new Map<string, unknown>()
  #version = ''
  #prunedAt = 0
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

  /**
   * A whole answer remembered under its inputs' key — the need as read, its decisions, who asks,
   * the state's version and `inputs` — and given again while it is younger than ten minutes.
   * Every input is either in the key or followed by the look before each use, so a remembered
   * answer is the one that would be worked out again.
   */
  rememberedAnswer<T>(key: string, now: number): T | undefined {
    const found = this.#answers.get(key)
    if (found && now - found.at < ANSWER_LIFETIME_MS) return found.answer as T
    if (found) this.#answers.delete(key)
    return undefined
  }

  rememberAnswer(key: string, answer: unknown, now: number): void {
    if (this.#answers.size >= REMEMBERED_ANSWERS) this.#answers.delete(this.#answers.keys().next().value!)
    this.#answers.set(key, { at: now, answer })
  }

  /**
   * Values read from what `matching_input_changes` follows — a capability's track record, its
   * experts, a provider's name — kept until the next change there or in the catalogue: each is
   * read once between two changes, not once per ranking. `read` is given the keys not kept; a key
   * it leaves out is `absent`. For a state older than the latest look nothing is kept: what it
   * reads may predate a change another request has already seen.
   */
  async keptInputs<T>(state: MatchingState, kind: string, keys: readonly string[], read: (missing: string[]) => Promise<Map<string, T>>, absent: T): Promise<Map<string, T>> {
    const current = () => state.inputs === this.#inputs && state.version === this.#version
    const found = new Map<string, T>()
    const missing = new Set<string>()
    for (const key of keys) {
      const kept = current() ? (this.#kept.get(`${kind}\u0000${key}`) as T | undefined) : undefined
      if (kept === undefined) missing.add(key)
      else found.set(key, kept)
    }
    if (missing.size === 0) return found
    const fresh = await read([...missing])
    const keep = current()
    if (keep && this.#kept.size + missing.size > KEPT_INPUTS) this.#kept.clear()
    for (const key of missing) {
      const value = fresh.get(key) ?? absent
      found.set(key, value)
      if (keep) this.#kept.set(`${kind}\u0000${key}`, value)
    }
    return found
  }

  async #sync(db: DbOrTx): Promise<MatchingState> {
    const rows = await catalogueChangesSince(db, this.#since)
    // A capability's track record counts its provider's agreements: kept values go with any change here too.
    if (rows.some((row) => row.id)) this.#kept.clear()
    for (const row of rows) {
      if (!row.id) continue
      const doc = { title: row.title, keywords: row.keywords, fields: row.fields, description: row.description }
      this.#index.upsert({ id: row.id, doc, facts: capabilityFacts(row) }, { status: row.status, visibility: row.visibility, organizationId: row.organizationId })
    }
    const { xmin, termsVersion, learnedVersion, inputsChanged } = rows[0]!
    this.#since = xmin
    // The answers can go at once; `inputs` is also in their key, for an answer still being worked
    // out from before this look, which must not be given after it.
    if (inputsChanged) {
      this.#inputs++
      this.#answers.clear()
      this.#kept.clear()
    }
    if (Date.now() - this.#prunedAt > PRUNE_EVERY_MS) {
      this.#prunedAt = Date.now()
      await pruneInputChanges(db)
    }
    if (termsVersion !== this.#groups.version) this.#groups = { version: termsVersion, groups: await termGroups(db) }
    if (learnedVersion !== this.#learned.version) this.#learned = { version: learnedVersion, learned: await allLearned(db) }
    this.#version = `${this.#index.version}/${termsVersion}/${learnedVersion}`
    return { index: this.#index, groups: this.#groups.groups, learned: this.#learned.learned, version: this.#version, inputs: this.#inputs }
  }
}
