import type { Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import type { ActionContext } from '../deps.ts'
import type { DbOrTx } from '../db/database.ts'
import type { VocabularyKind } from '../db/tables/catalogue.ts'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../errors.ts'
import { nearMiss } from './near-miss.ts'
import { deleteVocabularyTerm, insertVocabularyTerm, vocabularyNames } from './vocabulary.repository.ts'

// The association's counties and industry chains: every record names one of them, so the
// breakdowns have one row per county and chain, however people type them.

const WHAT: Record<VocabularyKind, string> = { county: '县市区 (county)', industry_chain: '产业链 (industry chain)' }

/** Why a value is refused: unknown, with the near miss if there is one, and the valid names. */
export function unknownTermMessage(kind: VocabularyKind, value: string, known: readonly string[]): string {
  const guess = nearMiss(value, known)
  return `未知的${WHAT[kind]}「${value}」${guess ? `，是否为「${guess}」？` : '。'}可选：${known.join('、')}`
}

export interface TermCheck {
  kind: VocabularyKind
  path: string
  values: readonly string[]
}

/** Refuses any value not in the list, naming each bad field with the valid names. */
export async function requireKnownTerms(db: DbOrTx, checks: TermCheck[]): Promise<void> {
  const errors = await unknownTerms(db, checks)
  if (errors.length) throw new ValidationError(errors.map((e) => e.message).join('；'), errors)
}

/** Each value not in its list, as a field error naming the near miss and the valid names. */
export async function unknownTerms(db: DbOrTx, checks: TermCheck[]): Promise<FieldError[]> {
  const errors: FieldError[] = []
  const lists = new Map<VocabularyKind, string[]>()
  for (const check of checks) {
    if (check.values.length === 0) continue
    if (!lists.has(check.kind)) lists.set(check.kind, await vocabularyNames(db, check.kind))
    const known = lists.get(check.kind)!
    for (const value of check.values) if (!known.includes(value)) errors.push({ path: check.path, message: unknownTermMessage(check.kind, value, known) })
  }
  return errors
}

export async function listTerms(ctx: ActionContext) {
  return { counties: await vocabularyNames(ctx.db, 'county'), industryChains: await vocabularyNames(ctx.db, 'industry_chain') }
}

export async function addTerm({ ctx, actor, kind, name }: { ctx: ActionContext; actor: Actor; kind: VocabularyKind; name: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以维护县市区与产业链 (only coordinators edit counties and chains)')
  if (!(await insertVocabularyTerm(ctx.db, kind, name))) throw new ConflictError(`「${name}」已在${WHAT[kind]}列表中 (already listed)`)
  await recordChange(ctx.db, ctx, actor, { entity: 'vocabulary', entityId: `${kind}:${name}`, action: 'added' })
  return listTerms(ctx)
}

/** Removing a name keeps the records that use it; new records can no longer choose it. */
export async function removeTerm({ ctx, actor, kind, name }: { ctx: ActionContext; actor: Actor; kind: VocabularyKind; name: string }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以维护县市区与产业链 (only coordinators edit counties and chains)')
  if (!(await deleteVocabularyTerm(ctx.db, kind, name))) throw new NotFoundError(`${WHAT[kind]}「${name}」`)
  await recordChange(ctx.db, ctx, actor, { entity: 'vocabulary', entityId: `${kind}:${name}`, action: 'retired' })
  return listTerms(ctx)
}
