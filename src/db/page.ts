import { encodeCursor } from '../http/common.schemas.ts'

export interface PageRequest {
  limit: number
  /** The last id of the previous page; rows come newest first (ids are UUIDv7). */
  cursor?: string | undefined
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** Repositories fetch limit + 1 rows: the extra one only tells whether another page exists. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit)
  const more = rows.length > limit
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1]!.id) : null }
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}
