import { CreateCapability } from '../catalogue/capabilities.schemas.ts'
import { createCapability } from '../catalogue/create-capability.ts'
import { createOrganization } from '../catalogue/create-organization.ts'
import { CreateOrganization } from '../catalogue/organizations.schemas.ts'
import { updateCapability } from '../catalogue/update-capability.ts'
import { updateOrganization } from '../catalogue/update-organization.ts'
import { COOPERATION_MODES, NEED_TYPES, PROVIDER_TYPES, VISIBILITIES } from '../catalogue/vocabulary.ts'
import type { ActionContext } from '../deps.ts'
import type { FieldError } from '../errors.ts'
import { fieldErrors } from '../http/zod-issues.ts'
import { codes, split } from './cells.ts'
import type { ImportSpec } from './import-runner.ts'
import type { Row } from './read-table.ts'
import { capabilityByOwnerAndTitle, organizationByCodeOrName, providersByName } from './spreadsheets.repository.ts'

// Organisations and capabilities from sheets, with the column names coordinators use.

const cell = (row: Row, name: string) => (row[name] ?? '').trim()

export const organizationsImport: ImportSpec<CreateOrganization> = {
  terms: (input) => [{ kind: 'county', path: '县市区', values: input.kind === 'enterprise' ? [input.county] : [] }, { kind: 'industry_chain', path: '产业链', values: input.industryChains }],
  async parse(_ctx, row) {
    const title = cell(row, '机构名称')
    const type = cell(row, '机构类型')
    const errors: FieldError[] = []
    const providerType = type === '企业' || type === 'enterprise' ? null : codes(PROVIDER_TYPES.list, [type], '机构类型', errors)[0]
    if (errors.length) return { ok: false, title, errors }
    const checked = CreateOrganization.safeParse({
      kind: providerType ? 'provider' : 'enterprise', providerType: providerType ?? null, name: title, county: cell(row, '县市区'),
      creditCode: cell(row, '统一社会信用代码') || null, industryChains: split(row['产业链']), description: cell(row, '简介'), website: cell(row, '网址') || null,
    })
    if (!checked.success) return { ok: false, title, errors: fieldErrors(checked.error) }
    return { ok: true, key: checked.data.creditCode ?? checked.data.name, title, input: checked.data }
  },
  async existing(ctx, input) {
    const found = await organizationByCodeOrName(ctx.db, input.creditCode ?? null, input.name)
    return found ? { id: found.id, ...(found.kind !== input.kind ? { locked: '已登记为另一类机构 (registered as another kind)' } : {}) } : undefined
  },
  create: async (ctx, actor, input) => (await createOrganization({ ctx, actor, input })).id,
  async update(ctx, actor, id, input) {
    const { kind: _k, providerType, ...fields } = input
    await updateOrganization({ ctx, actor, id, input: { ...fields, ...(providerType ? { providerType } : {}) } })
  },
}

const providerIds = new WeakMap<ActionContext, Promise<Map<string, string>>>()

export const capabilitiesImport: ImportSpec<CreateCapability & { organizationId: string }> = {
  terms: (input) => [{ kind: 'industry_chain', path: '产业链', values: input.industryChains }, { kind: 'county', path: '服务地区', values: input.regionsServed }],
  async parse(ctx, row) {
    const title = cell(row, '能力名称')
    const owner = cell(row, '服务方名称')
    const errors: FieldError[] = []
    if (!providerIds.has(ctx)) providerIds.set(ctx, providersByName(ctx.db))
    const organizationId = (await providerIds.get(ctx)!).get(owner)
    if (!organizationId) errors.push({ path: '服务方名称', message: owner ? `未登记的服务方「${owner}」` : '必填 (required)' })
    const serviceTypes = codes(NEED_TYPES.list, split(row['服务类型']), '服务类型', errors)
    const cooperationModes = codes(COOPERATION_MODES.list, split(row['合作方式']), '合作方式', errors)
    const visibility = cell(row, '公开方式') ? codes(VISIBILITIES.list, [cell(row, '公开方式')], '公开方式', errors)[0] : undefined
    if (errors.length) return { ok: false, title, errors }
    const number = (name: string) => (cell(row, name) ? Number(cell(row, name)) : undefined)
    const checked = CreateCapability.safeParse({
      organizationId, title, description: cell(row, '能力描述'), keywords: split(row['关键词']), fields: split(row['技术领域']), industryChains: split(row['产业链']),
      serviceTypes, cooperationModes, readinessLevel: number('技术成熟度') ?? null, regionsServed: split(row['服务地区']), capacityPerMonth: number('每月可承接场次'),
      ...(visibility ? { visibility } : {}), status: 'published',
    })
    if (!checked.success) return { ok: false, title, errors: fieldErrors(checked.error) }
    return { ok: true, key: `${organizationId}/${checked.data.title}`, title, input: { ...checked.data, organizationId: organizationId! } }
  },
  async existing(ctx, input) {
    const found = await capabilityByOwnerAndTitle(ctx.db, input.organizationId, input.title)
    return found ? { id: found.id } : undefined
  },
  create: async (ctx, actor, input) => (await createCapability({ ctx, actor, input })).id,
  async update(ctx, actor, id, input) {
    const { organizationId: _o, status: _s, expertIds: _e, ...fields } = input
    await updateCapability({ ctx, actor, id, input: fields })
  },
}
