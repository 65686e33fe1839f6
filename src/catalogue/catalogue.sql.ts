import { sql, type RawBuilder } from 'kysely'
import type { Actor } from '../auth/actor.ts'
import { likePattern } from '../db/page.ts'

// SQL shared by the needs and capabilities tables, which have the same catalogue columns
// (organization_id, status, visibility, title, keywords, fields, description).

/** The rows an actor may see at all: the SQL side of `readLevel` in visibility.ts. */
export function readableBy(actor: Actor, listedStatuses: readonly string[]): RawBuilder<boolean> {
  if (actor.role === 'coordinator') return sql<boolean>`true`
  const listed = sql.join(listedStatuses.map((s) => sql.lit(s)))
  return sql<boolean>`(organization_id = ${actor.organizationId} or (status::text in (${listed}) and visibility in ('public', 'summary')))`
}

/**
 * The rows an actor reads in full (`readLevel` 'full' for listed rows): a filter on a field that a
 * summary hides (the owner, the description) may match only these, or it would reveal the field.
 */
export function fullyReadableBy(actor: Actor): RawBuilder<boolean> {
  return actor.role === 'coordinator' ? sql<boolean>`true` : sql<boolean>`(organization_id = ${actor.organizationId} or visibility = 'public')`
}

/**
 * Every whitespace-separated term must appear somewhere: substring matching, which works on
 * Chinese without segmentation. The description counts only where the actor may read it in full,
 * so a filter never reveals the text of a summary-only record.
 */
export function textMatches(actor: Actor, q: string): RawBuilder<boolean> {
  const terms = q.split(/\s+/).filter(Boolean).slice(0, 10)
  const fullText = fullyReadableBy(actor)
  const perTerm = terms.map((term) => {
    const p = likePattern(term)
    return sql<boolean>`(title ilike ${p} or array_to_string(keywords, ' ') ilike ${p} or array_to_string(fields, ' ') ilike ${p} or (${fullText} and description ilike ${p}))`
  })
  return sql<boolean>`(${sql.join(perTerm, sql` and `)})`
}
