import { mkdirSync } from 'node:fs'
import type { Config } from '../config.ts'
import type { Db } from './database.ts'
import { migrateToLatest } from './migrate.ts'
import { lockDataDir } from './data-dir-lock.ts'
import { createPGliteDb } from './pglite.ts'
import { createPostgresDb } from './postgres.ts'

/** The database the settings name (PostgreSQL if DATABASE_URL, else PGlite), migrated. Node only. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'JINQIAO_DATA_DIR'>): Promise<{ db: Db; description: string }> {
  let db: Db
  let description: string
  if (config.DATABASE_URL) {
    db = createPostgresDb({ url: config.DATABASE_URL })
    description = `PostgreSQL (${new URL(config.DATABASE_URL).host})`
  } else {
    const dir = config.JINQIAO_DATA_DIR
    let release = () => {}
    if (!dir.startsWith('memory://')) {
      mkdirSync(dir, { recursive: true })
      release = lockDataDir(dir)
    }
    try {
      db = (await createPGliteDb({ dataDir: dir })).db
    } catch (error) {
      release()
      throw error
    }
    const destroy = db.destroy.bind(db)
    db.destroy = async () => {
      await destroy()
      release()
    }
    description = dir.startsWith('memory://') ? 'PGlite (in memory)' : `PGlite (${dir})`
  }
  await migrateToLatest(db)
  return { db, description }
}
