import { unknownTerms, type TermCheck } from '../catalogue/places-and-chains.ts'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { DomainError, ForbiddenError, ValidationError, type FieldError } from '../errors.ts'
import { MAX_ROWS, readTable, UnreadableFile, type Row } from './read-table.ts'

export const MAX_IMPORT_ROWS = MAX_ROWS

export interface ImportRowReport {
  row: number
  title: string
  action: 'create' | 'update' | 'reject'
  id?: string
  errors?: FieldError[]
}

/** What one kind of record needs to be imported from a sheet. */
export interface ImportSpec<Input> {
  /** A row as the record's input, with the key that identifies it, or why it cannot be one. */
  parse(ctx: ActionContext, row: Row): Promise<{ ok: true; key: string; title: string; input: Input } | { ok: false; title: string; errors: FieldError[] }>
  /** The record this input would update, if any; `locked` ones may not be changed by an import. */
  existing(ctx: ActionContext, input: Input): Promise<{ id: string; locked?: string } | undefined>
  create(ctx: ActionContext, actor: Actor, input: Input): Promise<string>
  update(ctx: ActionContext, actor: Actor, id: string, input: Input): Promise<void>
  /** The counties and chains the row names, checked in the dry run too (with the near miss). */
  terms?(input: Input): TermCheck[]
}

/** A batch commits after this long, so other requests (on PGlite, which has one connection) wait no longer. */
const BATCH_MS = 150

/**
 * The import every sheet shares. A dry run says, row by row, what would be created, updated or
 * rejected and why. A real run checks every row first: one bad row imports nothing unless the
 * caller asks to skip bad rows. It then writes in short transactions, each all or nothing, giving
 * way to other requests between them: the server keeps answering during a 5,000-row import, on
 * PGlite too. Records are known by their key, so importing the same file again updates rather
 * than duplicates — and finishes an import that a failure stopped part-way.
 */
export async function runImport<Input>(
  spec: ImportSpec<Input>,
  { ctx, actor, bytes, kind, dryRun, skipBadRows }: { ctx: ActionContext; actor: Actor; bytes: Uint8Array; kind: 'csv' | 'xlsx'; dryRun: boolean; skipBadRows: boolean },
) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以批量导入 (only coordinators import)')
  let rows: Row[]
  try {
    rows = await readTable(bytes, kind)
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ValidationError(error.message)
    throw error
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new ValidationError(`一次最多导入 ${MAX_IMPORT_ROWS} 行 (at most ${MAX_IMPORT_ROWS} rows at a time)`)
  const seen = new Set<string>()
  const plan: (ImportRowReport & { input?: Input })[] = []
  for (const [i, row] of rows.entries()) {
    const number = i + 2 // the sheet's own row number, after the header
    const parsed = await spec.parse(ctx, row)
    if (!parsed.ok) { plan.push({ row: number, title: parsed.title, action: 'reject', errors: parsed.errors }); continue }
    if (seen.has(parsed.key)) { plan.push({ row: number, title: parsed.title, action: 'reject', errors: [{ path: '(row)', message: '与本文件中前面的行重复 (repeats an earlier row)' }] }); continue }
    seen.add(parsed.key)
    const unknown = spec.terms ? await unknownTerms(ctx.db, spec.terms(parsed.input)) : []
    if (unknown.length) { plan.push({ row: number, title: parsed.title, action: 'reject', errors: unknown }); continue }
    const existing = await spec.existing(ctx, parsed.input)
    if (existing?.locked) { plan.push({ row: number, title: parsed.title, action: 'reject', id: existing.id, errors: [{ path: '(row)', message: existing.locked }] }); continue }
    plan.push({ row: number, title: parsed.title, action: existing ? 'update' : 'create', ...(existing ? { id: existing.id } : {}), input: parsed.input })
  }
  const rejected = plan.filter((p) => p.action === 'reject')
  if (!dryRun && rejected.length && !skipBadRows) {
    throw new ValidationError(
      `${rejected.length} 行有误，未导入任何数据 (${rejected.length} bad rows; nothing imported)`,
      rejected.flatMap((r) => r.errors!.map((e) => ({ path: `第${r.row}行 ${e.path}`, message: e.message }))),
    )
  }
  if (!dryRun) await applyInBatches(ctx, plan.filter((p) => p.action !== 'reject'), async (txCtx, p) => {
    if (p.action === 'create') p.id = await spec.create(txCtx, actor, p.input!)
    if (p.action === 'update') await spec.update(txCtx, actor, p.id!, p.input!)
  })
  const count = (a: ImportRowReport['action']) => plan.filter((p) => p.action === a).length
  return { dryRun, created: count('create'), updated: count('update'), rejected: count('reject'), rows: plan.map(({ input: _, ...r }) => r) }
}

async function applyInBatches<T extends { row: number }>(ctx: ActionContext, items: T[], apply: (ctx: ActionContext, item: T) => Promise<void>) {
  let next = 0
  while (next < items.length) {
    const first = next
    try {
      await withTransaction(ctx.db, async (tx) => {
        const txCtx = { ...ctx, db: tx }
        const started = performance.now()
        let i = first
        do await apply(txCtx, items[i++]!)
        while (i < items.length && performance.now() - started < BATCH_MS)
        next = i
      })
    } catch (error) {
      if (first === 0) throw error
      const done = items[first - 1]!.row
      const reason = error instanceof DomainError ? error.message : '与现有数据冲突 (a conflict with existing data)'
      throw new ValidationError(`已导入至第 ${done} 行，之后出错：${reason}；再次导入同一文件即可补完 (imported up to row ${done}; importing the same file again finishes it)`)
    }
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
