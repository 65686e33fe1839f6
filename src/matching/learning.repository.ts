import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { Association, LabelledPair } from './learning.ts'

/** How many of the latest decisions the learning reads: a season or two of a city's programme. */
const HISTORY = 5000

/**
 * Every decided pair, latest first, with what became of it: rejected −1; shortlisted 1,
 * accepted 1.5, plus 1 once the two met in a held session and 2 once the provider signed an
 * agreement about the need.
 */
export async function labelledPairs(db: DbOrTx): Promise<LabelledPair[]> {
  const { rows } = await sql<{
    status: string; held: boolean; signed: boolean
    needTitle: string; needKeywords: string[]; needFields: string[]; needDescription: string
    capTitle: string; capKeywords: string[]; capFields: string[]; capDescription: string
  }>`
    select m.status,
      exists (select 1 from sessions s where s.need_id = m.need_id and s.capability_id = m.capability_id and s.status = 'held') as held,
      exists (select 1 from agreements a where a.provider_id = c.organization_id and m.need_id::text = any(a.need_ids)) as signed,
      n.title as "needTitle", n.keywords as "needKeywords", n.fields as "needFields", n.description as "needDescription",
      c.title as "capTitle", c.keywords as "capKeywords", c.fields as "capFields", c.description as "capDescription"
    from matches m join needs n on n.id = m.need_id join capabilities c on c.id = m.capability_id
    order by m.decided_at desc, m.id limit ${HISTORY}`.execute(db)
  return rows.map((r) => ({
    need: { title: r.needTitle, keywords: r.needKeywords, fields: r.needFields, description: r.needDescription },
    capability: { title: r.capTitle, keywords: r.capKeywords, fields: r.capFields, description: r.capDescription },
    weight: r.status === 'rejected' ? -1 : (r.status === 'accepted' ? 1.5 : 1) + (r.held ? 1 : 0) + (r.signed ? 2 : 0),
  }))
}

/** One relearning at a time, till the caller's transaction ends: two at once would each put back what the other cleared. */
export async function lockLearning(tx: DbOrTx): Promise<void> {
  await sql`lock table learned_terms in exclusive mode`.execute(tx)
}

/** Replaces what was learned, in the caller's transaction. */
export async function replaceLearnedTerms(db: DbOrTx, associations: readonly Association[]): Promise<void> {
  await db.deleteFrom('learnedTerms').execute()
  for (let i = 0; i < associations.length; i += 1000) {
    await db.insertInto('learnedTerms').values(associations.slice(i, i + 1000).map((a) => ({ needToken: a.needToken, capabilityToken: a.capabilityToken, strength: a.strength, support: a.support }))).execute()
  }
}

/** Everything learned: for a process that keeps it in memory. */
export async function allLearned(db: DbOrTx): Promise<Association[]> {
  return db.selectFrom('learnedTerms').select(['needToken', 'capabilityToken', 'strength', 'support']).orderBy('needToken').orderBy('capabilityToken').execute()
}

/** The associations that start from any of these words: one indexed look-up. */
export async function learnedFor(db: DbOrTx, tokens: readonly string[]): Promise<Association[]> {
  if (tokens.length === 0) return []
  return db.selectFrom('learnedTerms').select(['needToken', 'capabilityToken', 'strength', 'support']).where('needToken', '=', sql<string>`any(${[...tokens]}::text[])`).execute()
}

/** What was learned, best supported first, and how many decisions there are to learn from. */
export async function learnedOverview(db: DbOrTx, limit: number) {
  const items = await db.selectFrom('learnedTerms').select(['needToken', 'capabilityToken', 'strength', 'support'])
    .orderBy('support', 'desc').orderBy('strength', 'desc').orderBy('needToken').orderBy('capabilityToken').limit(limit).execute()
  const counts = await sql<{ associations: number; decisions: number }>`
    select (select count(*) from learned_terms)::int as associations, (select count(*) from matches)::int as decisions`.execute(db)
  return { items, ...counts.rows[0]! }
}
