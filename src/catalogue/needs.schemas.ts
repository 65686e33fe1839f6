import { z } from '@hono/zod-openapi'
import { CalendarDate, Id, PageQuery, Timestamp, requiredText, tagList, text, requiredProse } from '../http/common.schemas.ts'
import { COOPERATION_MODES, NEED_STATUSES, NEED_TYPES, VISIBILITIES } from './vocabulary.ts'

const describe = (list: readonly { code: string; zh: string }[]) => list.map((t) => `${t.code} ${t.zh}`).join('; ')

export const NeedType = z.enum(NEED_TYPES.codes).openapi({ description: describe(NEED_TYPES.list) })
export const CooperationMode = z.enum(COOPERATION_MODES.codes).openapi({ description: describe(COOPERATION_MODES.list) })
export const Visibility = z.enum(VISIBILITIES.codes).openapi({ description: describe(VISIBILITIES.list) })
export const NeedStatus = z.enum(NEED_STATUSES.codes).openapi({ description: describe(NEED_STATUSES.list) })
const Yuan = z.number().int('金额以元为单位的整数 (whole yuan)').min(0).max(1_000_000_000_000)

const needFields = {
  title: requiredText(200).openapi({ example: '布面疵点在线视觉检测' }),
  description: requiredProse(5000).openapi({ example: '织布车间目前靠人眼挑疵点，漏检率高，希望引入机器视觉在线检测。' }),
  county: requiredText(40).openapi({ example: '汶上县' }),
  industryChain: requiredText(40).openapi({ example: '纺织服装' }),
  keywords: tagList(),
  fields: tagList().openapi({ description: '技术领域 (technical fields)', example: ['机器视觉', '纺织'] }),
  needType: NeedType,
  cooperationModes: z.array(CooperationMode).max(7).transform((m) => [...new Set(m)]),
  budgetMinYuan: Yuan.nullable(),
  budgetMaxYuan: Yuan.nullable(),
  deadline: CalendarDate.nullable(),
  visibility: Visibility,
  contactPersonId: Id.nullable(),
}

const budgetInOrder = (n: { budgetMinYuan?: number | null; budgetMaxYuan?: number | null }) =>
  n.budgetMinYuan == null || n.budgetMaxYuan == null || n.budgetMinYuan <= n.budgetMaxYuan
const budgetIssue = { message: '预算下限不能高于上限 (budgetMinYuan must not exceed budgetMaxYuan)', path: ['budgetMinYuan'] }

export const CreateNeed = z
  .strictObject({
    organizationId: Id.optional().openapi({ description: '需求方企业；企业用户可省略，默认为本企业 (defaults to your own enterprise)' }),
    ...needFields,
    keywords: needFields.keywords.default([]),
    fields: needFields.fields.default([]),
    needType: NeedType.default('other'),
    cooperationModes: needFields.cooperationModes.default([]),
    budgetMinYuan: Yuan.nullable().default(null),
    budgetMaxYuan: Yuan.nullable().default(null),
    deadline: CalendarDate.nullable().default(null),
    visibility: Visibility.default('public'),
    contactPersonId: Id.nullable().default(null),
    status: z.enum(['draft', 'published']).default('draft').openapi({ description: '新需求为草稿，或直接发布 (start as a draft, or publish at once)' }),
  })
  .refine(budgetInOrder, budgetIssue)
  .openapi('CreateNeed')
export type CreateNeed = z.infer<typeof CreateNeed>

export const UpdateNeed = z
  .strictObject({
    ...Object.fromEntries(Object.entries(needFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof needFields]: z.ZodOptional<(typeof needFields)[K]>
    },
    status: NeedStatus.optional(),
    statusReason: requiredProse(500).optional().openapi({ description: '状态变更原因；重新开启已结束的需求时必填 (required to reopen)' }),
  })
  .refine(budgetInOrder, budgetIssue)
  .openapi('UpdateNeed')
export type UpdateNeed = z.infer<typeof UpdateNeed>

const needSummaryShape = {
  id: Id,
  title: z.string(),
  county: z.string(),
  industryChain: z.string(),
  keywords: z.array(z.string()),
  fields: z.array(z.string()),
  needType: NeedType,
  cooperationModes: z.array(CooperationMode),
  deadline: z.string().nullable(),
  visibility: Visibility,
  status: NeedStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const NeedSummary = z
  .object({ view: z.literal('summary').openapi({ description: '需求方选择仅公开摘要 (the owner shows a summary only)' }), ...needSummaryShape })
  .openapi('NeedSummary')
export type NeedSummary = z.infer<typeof NeedSummary>

export const Need = z
  .object({
    view: z.literal('full'),
    ...needSummaryShape,
    organizationId: Id,
    organizationName: z.string().optional().openapi({ description: '需求方名称（列表与查看时给出）(the enterprise, in lists and reads)' }),
    description: z.string(),
    budgetMinYuan: z.number().nullable(),
    budgetMaxYuan: z.number().nullable(),
    contactPersonId: Id.nullable(),
    createdBy: Id,
  })
  .openapi('Need')
export type Need = z.infer<typeof Need>

export const NeedView = z.discriminatedUnion('view', [Need, NeedSummary]).openapi('NeedView')

export const ListNeedsQuery = PageQuery.extend({
  status: NeedStatus.optional(),
  county: requiredText(40).optional(),
  industryChain: requiredText(40).optional(),
  organizationId: Id.optional(),
  needType: NeedType.optional(),
  q: requiredText(100).optional().openapi({ description: '全文筛选，空格分隔的词须全部出现，支持中文 (all words must appear; works on Chinese)' }),
})
export type ListNeedsQuery = z.infer<typeof ListNeedsQuery>

export const HistoryEntry = z
  .object({
    id: Id,
    at: Timestamp,
    actorId: Id,
    actorName: z.string(),
    action: z.enum(['created', 'updated', 'status_changed']),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    reason: z.string().nullable(),
  })
  .openapi('HistoryEntry')
