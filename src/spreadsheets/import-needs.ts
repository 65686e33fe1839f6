import type { Actor } from '../auth/actor.ts'
import { createNeed } from '../catalogue/create-need.ts'
import { CreateNeed } from '../catalogue/needs.schemas.ts'
import { updateNeed } from '../catalogue/update-need.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { ForbiddenError, ValidationError, type FieldError } from '../errors.ts'
import { fieldErrors } from '../http/zod-issues.ts'
import { needFromRow } from './need-columns.ts'
import { readTable, UnreadableFile } from './read-table.ts'
import { isFinal } from '../catalogue/need-status.ts'
import { enterprisesByName, needByOwnerAndTitle } from './spreadsheets.repository.ts'

export const MAX_IMPORT_ROWS = 5000

export interface ImportRowReport {
  row: number
  title: string
  action: 'create' | 'update' | 'reject'
  needId?: string
  errors?: FieldError[]
}

/**
 * Needs from an .xlsx or .csv (UTF-8 or GBK). A dry run says, row by row, what would be created,
 * updated or rejected and why. A real run is one transaction: one bad row imports nothing unless
 * the caller asks to skip bad rows. A need is known by its enterprise and title, so importing the
 * same file again updates rather than duplicates.
 */
export async function importNeeds({ ctx, actor, bytes, kind, dryRun, skipBadRows }: { ctx: ActionContext; actor: Actor; bytes: Uint8Array; kind: 'csv' | 'xlsx'; dryRun: boolean; skipBadRows: boolean }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以批量导入 (only coordinators import)')
  let rows
  try {
    rows = await readTable(bytes, kind)
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ValidationError(error.message)
    throw error
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new ValidationError(`一次最多导入 ${MAX_IMPORT_ROWS} 行 (at most ${MAX_IMPORT_ROWS} rows at a time)`)
  const enterprises = await enterprisesByName(ctx.db)
  const seen = new Set<string>()
  const plan: (ImportRowReport & { input?: CreateNeed })[] = []
  for (const [i, row] of rows.entries()) {
    const number = i + 2 // the sheet's own row number, after the header
    const parsed = needFromRow(row)
    const title = String(row['需求名称'] ?? '')
    if (!parsed.ok) { plan.push({ row: number, title, action: 'reject', errors: parsed.errors }); continue }
    const organizationId = enterprises.get(parsed.value.enterprise)
    if (!organizationId) { plan.push({ row: number, title, action: 'reject', errors: [{ path: '企业名称', message: `未登记的企业「${parsed.value.enterprise}」` }] }); continue }
    const checked = CreateNeed.safeParse({ ...parsed.value.fields, organizationId })
    if (!checked.success) { plan.push({ row: number, title, action: 'reject', errors: fieldErrors(checked.error) }); continue }
    const key = `${organizationId}/${checked.data.title}`
    if (seen.has(key)) { plan.push({ row: number, title, action: 'reject', errors: [{ path: '需求名称', message: '与本文件中前面的行重复 (repeats an earlier row)' }] }); continue }
    seen.add(key)
    const existing = await needByOwnerAndTitle(ctx.db, organizationId, checked.data.title)
    if (existing && isFinal(existing.status)) { plan.push({ row: number, title, action: 'reject', needId: existing.id, errors: [{ path: '需求名称', message: '该需求已结束，不能通过导入修改 (the need is finished)' }] }); continue }
    plan.push({ row: number, title: checked.data.title, action: existing ? 'update' : 'create', ...(existing ? { needId: existing.id } : {}), input: checked.data })
  }
  const rejected = plan.filter((p) => p.action === 'reject')
  if (!dryRun && rejected.length && !skipBadRows) {
    throw new ValidationError(
      `${rejected.length} 行有误，未导入任何数据 (${rejected.length} bad rows; nothing imported)`,
      rejected.flatMap((r) => r.errors!.map((e) => ({ path: `第${r.row}行 ${e.path}`, message: e.message }))),
    )
  }
  if (!dryRun) {
    await withTransaction(ctx.db, async (tx) => {
      const txCtx = { ...ctx, db: tx }
      for (const p of plan) {
        if (p.action === 'create') p.needId = (await createNeed({ ctx: txCtx, actor, input: p.input! })).id
        if (p.action === 'update') {
          const { organizationId: _o, status: _s, ...fields } = p.input!
          await updateNeed({ ctx: txCtx, actor, id: p.needId!, input: fields })
        }
      }
    })
  }
  const count = (a: ImportRowReport['action']) => plan.filter((p) => p.action === a).length
  return { dryRun, created: count('create'), updated: count('update'), rejected: count('reject'), rows: plan.map(({ input: _, ...r }) => r) }
}
