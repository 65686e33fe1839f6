import { DomainError } from '../errors.ts'
import type { DbOrTx } from './database.ts'
import { withTransaction } from './transaction.ts'

/**
 * Runs one action per item in a single transaction: all succeed, or none is kept. A refusal names
 * the item it came from ("第 3 项") and keeps its kind, so it maps to the same problem as one alone.
 */
export async function allOrNothing<I, T>(db: DbOrTx, items: readonly I[], act: (tx: DbOrTx, item: I) => Promise<T>): Promise<T[]> {
  return withTransaction(db, async (tx) => {
    const results: T[] = []
    for (const [i, item] of items.entries()) {
      try {
        results.push(await act(tx, item))
      } catch (error) {
        if (error instanceof DomainError) error.message = `第 ${i + 1} 项 (item ${i + 1})：${error.message}`
        throw error
      }
    }
    return results
  })
}
