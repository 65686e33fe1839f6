import { z } from '@hono/zod-openapi'
import { Id, PageQuery, Timestamp, requiredText, tagList, requiredProse } from '../http/common.schemas.ts'
import { CooperationMode, HistoryEntry, NeedType, Visibility } from './needs.schemas.ts'
import { CAPABILITY_STATUSES } from './vocabulary.ts'

export const CapabilityStatus = z.enum(CAPABILITY_STATUSES.codes).openapi({ description: CAPABILITY_STATUSES.list.map((t) => `${t.code} ${t.zh}`).join('; ') })

const capabilityFields = {
  title: requiredText(200).openapi({ example: '织物缺陷机器视觉检测' }),
  description: requiredProse(5000).openapi({ example: '基于深度学习的织物表面缺陷在线检测系统，可识别断经、断纬、破洞等 20 余类疵点。' }),
  keywords: tagList(),
  fields: tagList().openapi({ description: '技术领域 (technical fields)' }),
  industryChains: tagList(10).openapi({ description: '服务的产业链 (industry chains served)' }),
  serviceTypes: z.array(NeedType).max(8).transform((m) => [...new Set(m)]).openapi({ description: '能解决的需求类型 (need types it serves)' }),
  cooperationModes: z.array(CooperationMode).max(7).transform((m) => [...new Set(m)]),
  readinessLevel: z.number().int().min(1).max(9).nullable().openapi({ description: '技术成熟度 TRL 1–9 (technology readiness level)' }),
  regionsServed: tagList(30).openapi({ description: '可服务的县市区；空表示不限 (counties served; empty means anywhere)' }),
  capacityPerMonth: z.number().int().min(0).max(1000).openapi({ description: '每月可承接的对接场次 (sessions a month it can take)' }),
  visibility: Visibility,
  expertIds: z.array(Id).max(50).transform((ids) => [...new Set(ids)]).openapi({ description: '本机构的专家 (experts of the same organization)' }),
}

export const CreateCapability = z
  .strictObject({
    organizationId: Id.optional().openapi({ description: '服务方机构；服务方用户可省略 (defaults to your own organization)' }),
    ...capabilityFields,
    keywords: capabilityFields.keywords.default([]),
    fields: capabilityFields.fields.default([]),
    industryChains: capabilityFields.industryChains.default([]),
    serviceTypes: capabilityFields.serviceTypes.default([]),
    cooperationModes: capabilityFields.cooperationModes.default([]),
    readinessLevel: capabilityFields.readinessLevel.default(null),
    regionsServed: capabilityFields.regionsServed.default([]),
    capacityPerMonth: capabilityFields.capacityPerMonth.default(4),
    visibility: Visibility.default('public'),
    expertIds: capabilityFields.expertIds.default([]),
    status: z.enum(['draft', 'published']).default('draft'),
  })
  .openapi('CreateCapability')
export type CreateCapability = z.infer<typeof CreateCapability>

export const UpdateCapability = z
  .strictObject({
    ...(Object.fromEntries(Object.entries(capabilityFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof capabilityFields]: z.ZodOptional<(typeof capabilityFields)[K]>
    }),
    status: CapabilityStatus.optional(),
    statusReason: requiredProse(500).optional(),
  })
  .openapi('UpdateCapability')
export type UpdateCapability = z.infer<typeof UpdateCapability>

const Expert = z.object({ id: Id, name: z.string(), position: z.string().nullable() })

const summaryShape = {
  id: Id,
  title: z.string(),
  keywords: z.array(z.string()),
  fields: z.array(z.string()),
  industryChains: z.array(z.string()),
  serviceTypes: z.array(NeedType),
  cooperationModes: z.array(CooperationMode),
  readinessLevel: z.number().nullable(),
  regionsServed: z.array(z.string()),
  visibility: Visibility,
  status: CapabilityStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}

export const CapabilitySummary = z.object({ view: z.literal('summary'), ...summaryShape }).openapi('CapabilitySummary')
export type CapabilitySummary = z.infer<typeof CapabilitySummary>

export const Capability = z
  .object({
    view: z.literal('full'),
    ...summaryShape,
    organizationId: Id,
    organizationName: z.string().optional().openapi({ description: '服务方名称（列表与查看时给出）(the provider, in lists and reads)' }),
    description: z.string(),
    capacityPerMonth: z.number(),
    experts: z.array(Expert),
    createdBy: Id,
  })
  .openapi('Capability')
export type Capability = z.infer<typeof Capability>

export const CapabilityView = z.discriminatedUnion('view', [Capability, CapabilitySummary]).openapi('CapabilityView')

export const ListCapabilitiesQuery = PageQuery.extend({
  status: CapabilityStatus.optional(),
  county: requiredText(40).optional().openapi({ description: '可服务该县市区（含不限地区的）(serves this county, or anywhere)' }),
  industryChain: requiredText(40).optional(),
  organizationId: Id.optional(),
  serviceType: NeedType.optional(),
  q: requiredText(100).optional().openapi({ description: '全文筛选，空格分隔的词须全部出现，支持中文 (all words must appear; works on Chinese)' }),
})
export type ListCapabilitiesQuery = z.infer<typeof ListCapabilitiesQuery>

export { HistoryEntry }
