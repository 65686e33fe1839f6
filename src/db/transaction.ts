import type { Transaction } from 'kysely'
import type { Database, DbOrTx } from './database.ts'

/** Runs `fn` in a transaction, joining the caller's if there is one (so actions compose). */
export function withTransaction<T>(db: DbOrTx, fn: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>)
  return db.transaction().execute(fn)
}
