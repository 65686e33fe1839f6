import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { createPGliteDb } from '../src/db/pglite.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { ensurePagesBuilt } from '../src/http/build-pages.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string
  }
}

// Starting PGlite from scratch (initdb) takes seconds; from a migrated snapshot, well under one.
// So the schema is built once here and every test file starts its own PGlite from the snapshot.
// The pages are built here, once, so that the servers tests start find them current and never
// build them side by side.
export default async function setup(project: TestProject) {
  await ensurePagesBuilt(() => {})
  const dir = mkdtempSync(join(tmpdir(), 'jinqiao-test-'))
  const file = join(dir, 'migrated.tar.gz')
  if (!process.env.TEST_DATABASE_URL) {
    const { db, pglite } = await createPGliteDb({ dataDir: 'memory://' })
    await migrateToLatest(db)
    const snapshot = await pglite.dumpDataDir('gzip')
    writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()))
    await db.destroy()
  }
  project.provide('pgliteSnapshot', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
