import { sql } from 'kysely'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import type { Db } from '../../src/db/database.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { createPGliteDb } from '../../src/db/pglite.ts'
import { createPostgresDb } from '../../src/db/postgres.ts'
import { uuidv7 } from '../../src/ids.ts'
import { corpusContribution, searchVector } from '../../src/matching/search-vector.ts'
import type { GeneratedCapability, GeneratedNeed } from './synthetic.ts'

/** A migrated database of its own: a fresh schema on BENCH_DATABASE_URL, else an in-memory PGlite. */
export async function openBenchDb(url = process.env.BENCH_DATABASE_URL): Promise<{ db: Db; description: string; drop: () => Promise<void> }> {
  if (url) {
    const schema = `bench_${Date.now().toString(36)}`
    const admin = createPostgresDb({ url, maxConnections: 1 })
    await sql`create schema ${sql.id(schema)}`.execute(admin)
    await sql`create extension if not exists pg_trgm with schema public`.execute(admin)
    await sql`create extension if not exists btree_gist with schema public`.execute(admin)
    const db = createPostgresDb({ url, schema: `${schema},public`, maxConnections: 4 })
    await migrateToLatest(db)
    const version = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)
    return {
      db,
      description: `PostgreSQL ${version.rows[0]!.v}`,
      drop: async () => {
        await db.destroy()
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
        await admin.destroy()
      },
    }
  }
  const { db, pglite } = await createPGliteDb({ dataDir: 'memory://', extensions: { pg_trgm } })
  await migrateToLatest(db)
  const version = await pglite.query<{ v: string }>("select current_setting('server_version') as v")
  return { db, description: `PGlite (PostgreSQL ${version.rows[0]!.v}, in memory)`, drop: () => db.destroy() }
}

export interface BulkTimings {
  vectorsMs: number
  loadMs: number
  statsMs: number
  ids: string[]
}

/**
 * Loads generated capabilities in bulk: search vectors and corpus statistics computed once for
 * the whole load rather than per record (what an import would do), then written in chunks.
 */
export async function bulkLoadCapabilities(db: Db, organizationId: string, createdBy: string, rows: GeneratedCapability[]): Promise<BulkTimings> {
  let t = performance.now()
  const df = new Map<string, number>()
  let totalLength = 0
  const now = new Date()
  const records = rows.map((r) => {
    const doc = { title: r.title, keywords: r.keywords, fields: r.fields, description: r.description }
    const contribution = corpusContribution(doc)
    for (const token of contribution.tokens) df.set(token, (df.get(token) ?? 0) + 1)
    totalLength += contribution.length
    return {
      id: uuidv7(), organizationId, ...doc, industryChains: r.industryChains, serviceTypes: r.serviceTypes, cooperationModes: [] as string[],
      regionsServed: r.regionsServed, capacityPerMonth: 4, visibility: 'public' as const, status: 'published' as const,
      searchVector: searchVector(doc), createdBy, createdAt: now, updatedAt: now,
    }
  })
  const vectorsMs = performance.now() - t
  t = performance.now()
  for (let i = 0; i < records.length; i += 500) await db.insertInto('capabilities').values(records.slice(i, i + 500)).execute()
  const loadMs = performance.now() - t
  t = performance.now()
  const stats = [...df].map(([token, n]) => ({ corpus: 'capability' as const, token, df: n }))
  for (let i = 0; i < stats.length; i += 2000) {
    await db
      .insertInto('termStats')
      .values(stats.slice(i, i + 2000))
      .onConflict((oc) => oc.columns(['corpus', 'token']).doUpdateSet((eb) => ({ df: eb('termStats.df', '+', eb.ref('excluded.df')) })))
      .execute()
  }
  await db
    .updateTable('corpusStats')
    .set((eb) => ({ docs: eb('docs', '+', rows.length), totalLength: eb('totalLength', '+', totalLength) }))
    .where('corpus', '=', 'capability')
    .execute()
  return { vectorsMs, loadMs, statsMs: performance.now() - t, ids: records.map((r) => r.id) }
}

/** Needs for the batch benchmark: only what batch matching reads. */
export async function bulkLoadNeeds(db: Db, organizationId: string, createdBy: string, rows: GeneratedNeed[]): Promise<string[]> {
  const now = new Date()
  const records = rows.map((r) => ({
    id: uuidv7(), organizationId, title: r.title, description: r.description, keywords: r.keywords, fields: [] as string[], industryChain: r.industryChain,
    needType: r.needType, cooperationModes: [] as string[], county: r.county, visibility: 'public' as const, status: 'published' as const, createdBy, createdAt: now, updatedAt: now,
  }))
  for (let i = 0; i < records.length; i += 500) await db.insertInto('needs').values(records.slice(i, i + 500)).execute()
  return records.map((r) => r.id)
}
