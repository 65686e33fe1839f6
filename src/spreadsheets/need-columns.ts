import { COOPERATION_MODES, NEED_TYPES, VISIBILITIES } from '../catalogue/vocabulary.ts'
import type { FieldError } from '../errors.ts'
import { text } from '../http/common.schemas.ts'
import { codes, split } from './cells.ts'
import type { Row } from './read-table.ts'

// The columns of a needs sheet, as coordinators name them; codes or Chinese labels are both accepted.
export const NEED_SHEET_COLUMNS = {
  enterprise: '企业名称',
  title: '需求名称',
  description: '需求描述',
  county: '县市区',
  industryChain: '产业链',
  keywords: '关键词',
  needType: '需求类型',
  cooperationModes: '合作方式',
  budgetMin: '预算下限（元）',
  budgetMax: '预算上限（元）',
  deadline: '截止日期',
  visibility: '公开方式',
  contactName: '联系人',
  contactPhone: '联系电话',
  contactEmail: '联系邮箱',
} as const


export interface NeedContact {
  name: string
  phone: string | null
  email: string | null
}

export interface NeedRowInput {
  enterprise: string
  fields: Record<string, unknown>
  contact: NeedContact | null
}

/** One sheet row as the fields of a need, or the reasons it cannot be one. Pure. */
export function needFromRow(row: Row): { ok: true; value: NeedRowInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const get = (k: keyof typeof NEED_SHEET_COLUMNS) => (row[NEED_SHEET_COLUMNS[k]] ?? '').trim()
  const required = (k: keyof typeof NEED_SHEET_COLUMNS) => {
    const v = get(k)
    if (!v) errors.push({ path: NEED_SHEET_COLUMNS[k], message: '必填 (required)' })
    return v
  }
  const enterprise = required('enterprise')
  const fields: Record<string, unknown> = {
    title: required('title'), description: required('description'), county: required('county'), industryChain: required('industryChain'),
    keywords: split(get('keywords')), status: 'published',
  }
  if (get('needType')) fields.needType = codes(NEED_TYPES.list, [get('needType')], NEED_SHEET_COLUMNS.needType, errors)[0]
  fields.cooperationModes = codes(COOPERATION_MODES.list, split(get('cooperationModes')), NEED_SHEET_COLUMNS.cooperationModes, errors)
  if (get('visibility')) fields.visibility = codes(VISIBILITIES.list, [get('visibility')], NEED_SHEET_COLUMNS.visibility, errors)[0]
  for (const [k, target] of [['budgetMin', 'budgetMinYuan'], ['budgetMax', 'budgetMaxYuan']] as const) {
    const v = get(k).replace(/[,，]/g, '')
    if (v && !/^\d+$/.test(v)) errors.push({ path: NEED_SHEET_COLUMNS[k], message: '应为整数元 (whole yuan)' })
    else if (v) fields[target] = Number(v)
  }
  const deadline = get('deadline').replace(/[/.]/g, '-')
  if (deadline) fields.deadline = deadline
  // The contact the compendium prints: a colleague found by e-mail or name, or added on import.
  const contact = { name: get('contactName'), phone: get('contactPhone') || null, email: get('contactEmail').toLowerCase() || null }
  if (!contact.name && (contact.phone || contact.email)) errors.push({ path: NEED_SHEET_COLUMNS.contactName, message: '填写了联系电话或邮箱时须填写联系人 (name the contact)' })
  for (const k of ['contactName', 'contactPhone'] as const) {
    const checked = text(60).safeParse(get(k))
    if (!checked.success) errors.push({ path: NEED_SHEET_COLUMNS[k], message: checked.error.issues[0]!.message })
  }
  if (contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email)) errors.push({ path: NEED_SHEET_COLUMNS.contactEmail, message: '不是有效的电子邮件地址 (not an e-mail address)' })
  return errors.length ? { ok: false, errors } : { ok: true, value: { enterprise, fields, contact: contact.name ? contact : null } }
}
