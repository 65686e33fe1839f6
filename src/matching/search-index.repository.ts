import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { Corpus } from '../db/tables/matching.ts'
import { corpusContribution, searchVector } from './search-vector.ts'
import type { CorpusStats, TextDoc } from './text.ts'

const TABLE = { need: 'needs', capability: 'capabilities' } as const

/**
 * Keeps a record's search vector and the corpus statistics (document frequencies, total length)
 * in step with its text. Called by the catalogue actions inside their transaction, so the index
 * is never behind the records. `before` null: a new record; `after` null: a removed one.
 */
export async function indexDocument(db: DbOrTx, corpus: Corpus, id: string, before: TextDoc | null, after: TextDoc | null): Promise<void> {
  const old = before ? corpusContribution(before) : { tokens: new Set<string>(), length: 0 }
  const now = after ? corpusContribution(after) : { tokens: new Set<string>(), length: 0 }
  if (after) await db.updateTable(TABLE[corpus]).set({ searchVector: searchVector(after) }).where('id', '=', id).execute()
  // Sorted, so that concurrent writers lock the same rows in the same order (no deadlock).
  const added = [...now.tokens].filter((t) => !old.tokens.has(t)).sort()
  const removed = [...old.tokens].filter((t) => !now.tokens.has(t)).sort()
  if (added.length) {
    await sql`insert into term_stats (corpus, token, df) select ${corpus}, t, 1 from unnest(${added}::text[]) as t
              on conflict (corpus, token) do update set df = term_stats.df + 1`.execute(db)
  }
  if (removed.length) {
    await db.updateTable('termStats').set((eb) => ({ df: eb('df', '-', 1) })).where('corpus', '=', corpus).where('token', 'in', removed).execute()
  }
  const docs = (after ? 1 : 0) - (before ? 1 : 0)
  const length = now.length - old.length
  if (docs !== 0 || length !== 0) {
    await db
      .updateTable('corpusStats')
      .set((eb) => ({ docs: eb('docs', '+', docs), totalLength: eb('totalLength', '+', length) }))
      .where('corpus', '=', corpus)
      .execute()
  }
}

/** The statistics the scorer needs for these tokens: two indexed look-ups, whatever the corpus size. */
export async function corpusStatsFor(db: DbOrTx, corpus: Corpus, tokens: readonly string[]): Promise<CorpusStats> {
  const totals = await db.selectFrom('corpusStats').select(['docs', 'totalLength']).where('corpus', '=', corpus).executeTakeFirst()
  const rows = tokens.length
    ? await db.selectFrom('termStats').select(['token', 'df']).where('corpus', '=', corpus).where('token', 'in', [...tokens]).execute()
    : []
  const df = new Map(rows.map((r) => [r.token, r.df]))
  const docs = totals?.docs ?? 0
  return { docs, avgLength: docs > 0 ? totals!.totalLength / docs : 0, df: (t) => df.get(t) ?? 0 }
}
