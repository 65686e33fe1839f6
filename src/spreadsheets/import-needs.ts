import { createNeed } from '../catalogue/create-need.ts'
import { isFinal } from '../catalogue/need-status.ts'
import { CreateNeed } from '../catalogue/needs.schemas.ts'
import { updateNeed } from '../catalogue/update-need.ts'
import { fieldErrors } from '../http/zod-issues.ts'
import type { ActionContext } from '../deps.ts'
import type { ImportSpec } from './import-runner.ts'
import { NEED_SHEET_COLUMNS, needFromRow, type NeedContact } from './need-columns.ts'
import { colleagueByEmailOrName, enterprisesByName, needByOwnerAndTitle } from './spreadsheets.repository.ts'
import { createPerson } from '../catalogue/create-person.ts'
import type { Actor } from '../auth/actor.ts'

// Looked up once per import (the runner passes the same context for every row).
const enterpriseIds = new WeakMap<ActionContext, Promise<Map<string, string>>>()

/** Needs, known by their enterprise (by name) and title. */
type NeedImport = CreateNeed & { organizationId: string; contact: NeedContact | null }

/** The row's contact as a colleague of the enterprise: found by e-mail or name, else added. */
async function contactId(ctx: ActionContext, actor: Actor, input: NeedImport): Promise<string | undefined> {
  if (!input.contact) return undefined
  const found = await colleagueByEmailOrName(ctx.db, input.organizationId, input.contact.email, input.contact.name)
  if (found) return found.id
  const person = await createPerson({ ctx, actor, input: { organizationId: input.organizationId, name: input.contact.name, email: input.contact.email, phone: input.contact.phone, position: '需求联系人', language: 'zh' } })
  return person.id
}

export const needsImport: ImportSpec<NeedImport> = {
  async parse(ctx, row) {
    const title = row[NEED_SHEET_COLUMNS.title] ?? ''
    const parsed = needFromRow(row)
    if (!parsed.ok) return { ok: false, title, errors: parsed.errors }
    if (!enterpriseIds.has(ctx)) enterpriseIds.set(ctx, enterprisesByName(ctx.db))
    const organizationId = (await enterpriseIds.get(ctx)!).get(parsed.value.enterprise)
    if (!organizationId) return { ok: false, title, errors: [{ path: NEED_SHEET_COLUMNS.enterprise, message: `未登记的企业「${parsed.value.enterprise}」` }] }
    const checked = CreateNeed.safeParse({ ...parsed.value.fields, organizationId })
    if (!checked.success) return { ok: false, title, errors: fieldErrors(checked.error) }
    return { ok: true, key: `${organizationId}/${checked.data.title}`, title: checked.data.title, input: { ...checked.data, organizationId, contact: parsed.value.contact } }
  },
  async existing(ctx, input) {
    const found = await needByOwnerAndTitle(ctx.db, input.organizationId, input.title)
    if (!found) return undefined
    return isFinal(found.status) ? { id: found.id, locked: '该需求已结束，不能通过导入修改 (the need is finished)' } : { id: found.id }
  },
  terms: (input) => [{ kind: 'county', path: NEED_SHEET_COLUMNS.county, values: [input.county] }, { kind: 'industry_chain', path: NEED_SHEET_COLUMNS.industryChain, values: [input.industryChain] }],
  async create(ctx, actor, input) {
    const { contact: _c, ...need } = input
    const contactPersonId = (await contactId(ctx, actor, input)) ?? need.contactPersonId
    return (await createNeed({ ctx, actor, input: { ...need, contactPersonId } })).id
  },
  async update(ctx, actor, id, input) {
    const { organizationId: _o, status: _s, contact: _c, contactPersonId: _p, ...fields } = input
    const contactPersonId = await contactId(ctx, actor, input)
    await updateNeed({ ctx, actor, id, input: { ...fields, ...(contactPersonId ? { contactPersonId } : {}) } })
  },
}
