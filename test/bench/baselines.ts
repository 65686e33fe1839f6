import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { IndexedCapability, IndexedNeed } from '../../src/matching/memory-index.ts'
import { termFrequencies } from '../../src/matching/tokenize.ts'

// What a user might pick instead of our scorer, measured on the same labelled set.

const plainText = (d: { title: string; keywords: readonly string[]; description: string }) => `${d.title} ${d.keywords.join(' ')} ${d.description}`

/** BM25 over character unigrams + bigrams of title, keywords and description: no fields, no structure, no term list. */
export function plainBm25(capabilities: IndexedCapability[]) {
  const docs = capabilities.map((c) => ({ id: c.id, tf: termFrequencies(plainText(c.doc)) }))
  const lengths = docs.map((d) => [...d.tf.values()].reduce((a, b) => a + b, 0))
  const avg = lengths.reduce((a, b) => a + b, 0) / docs.length
  const df = new Map<string, number>()
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const k1 = 1.2
  const b = 0.75
  return (need: IndexedNeed, limit: number): string[] => {
    const query = [...termFrequencies(plainText(need.doc)).keys()]
    return docs
      .map((d, i) => {
        let score = 0
        for (const t of query) {
          const tf = d.tf.get(t)
          if (!tf) continue
          const n = df.get(t)!
          const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5))
          score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[i]!) / avg))
        }
        return { id: d.id, score }
      })
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.id)
  }
}

/** PostgreSQL pg_trgm similarity over title + description, as a user of pg_trgm would rank. */
export async function trigramRanking(db: Kysely<any>, capabilities: IndexedCapability[], needs: IndexedNeed[], limit: number) {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create temporary table trgm_caps (id text primary key, body text not null)`.execute(db)
  for (const c of capabilities) await sql`insert into trgm_caps values (${c.id}, ${`${c.doc.title} ${c.doc.description}`})`.execute(db)
  const rankings = new Map<string, string[]>()
  for (const need of needs) {
    const q = `${need.doc.title} ${need.doc.description}`
    const rows = await sql<{ id: string }>`select id from trgm_caps order by similarity(body, ${q}) desc, id limit ${limit}`.execute(db)
    rankings.set(need.id, rows.rows.map((r) => r.id))
  }
  const trigrams = await sql<{ n: number }>`select cardinality(show_trgm('布面疵点靠人眼挑'))::int as n`.execute(db)
  const collation = await sql<{ c: string }>`select datcollate as c from pg_database where datname = current_database()`.execute(db)
  await sql`drop table trgm_caps`.execute(db)
  return { rankings, chineseTrigrams: trigrams.rows[0]!.n, collation: collation.rows[0]!.c }
}
