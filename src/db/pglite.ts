import type { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { DATE_OID, INT8_OID, kyselyFor } from './kysely.ts'
import { PreparingPGlite } from './preparing-pglite.ts'
import { SerialPGliteDialect } from './serial-pglite-dialect.ts'

export interface PGliteOptions {
  /** A directory, or `memory://` for a database that lives as long as the process. */
  dataDir?: string
  /** A data-directory snapshot (from `dumpDataDir`) to start from: much faster than initdb. */
  loadDataDir?: Blob
  /** PGlite extensions to load (e.g. pg_trgm for a benchmark baseline). */
  extensions?: Record<string, unknown>
}

export async function openPGlite(options: PGliteOptions): Promise<PGlite> {
  const pglite = new PreparingPGlite({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    // btree_gist backs the no-double-booking exclusion constraints.
    extensions: { btree_gist, ...options.extensions } as never,
    parsers: { [INT8_OID]: (v: string) => Number(v), [DATE_OID]: (v: string) => v },
  })
  await pglite.waitReady
  return pglite
}

export async function createPGliteDb(options: PGliteOptions) {
  const pglite = await openPGlite(options)
  return { db: kyselyFor(new SerialPGliteDialect({ pglite })), pglite }
}
