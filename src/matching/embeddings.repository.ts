import { sql } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { Corpus } from '../db/tables/matching.ts'
import type { EmbeddingsClient } from './embeddings.ts'

export interface ToEmbed {
  corpus: Corpus
  id: string
  text: string
}

async function hashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Each record's vector for the client's model: from the cache where its text has not changed,
 * else asked of the endpoint in one request and kept. Keys are `${corpus}:${id}`.
 */
export async function vectorsFor(db: DbOrTx, client: EmbeddingsClient, items: readonly ToEmbed[]): Promise<Map<string, number[]>> {
  const key = (corpus: string, id: string) => `${corpus}:${id}`
  const hashes = await Promise.all(items.map((item) => hashOf(item.text)))
  const cached = items.length
    ? await db.selectFrom('embeddings').select(['corpus', 'recordId', 'textHash', 'vector'])
      .where('model', '=', client.model)
      .where(sql<boolean>`(corpus, record_id) in (select * from unnest(${items.map((i) => i.corpus)}::text[], ${items.map((i) => i.id)}::uuid[]))`)
      .execute()
    : []
  const found = new Map(cached.map((row) => [key(row.corpus, row.recordId), row]))
  const vectors = new Map<string, number[]>()
  const missing: (ToEmbed & { hash: string })[] = []
  items.forEach((item, i) => {
    const row = found.get(key(item.corpus, item.id))
    if (row && row.textHash === hashes[i]) vectors.set(key(item.corpus, item.id), row.vector)
    else missing.push({ ...item, hash: hashes[i]! })
  })
  if (missing.length) {
    const fresh = await client.embed(missing.map((m) => m.text))
    const rows = missing.map((m, i) => ({ corpus: m.corpus, recordId: m.id, model: client.model, textHash: m.hash, vector: fresh[i]! }))
    await db.insertInto('embeddings').values(rows)
      .onConflict((oc) => oc.columns(['corpus', 'recordId', 'model']).doUpdateSet((eb) => ({ textHash: eb.ref('excluded.textHash'), vector: eb.ref('excluded.vector') })))
      .execute()
    for (const row of rows) vectors.set(key(row.corpus, row.recordId), row.vector)
  }
  return vectors
}
