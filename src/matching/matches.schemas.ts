import { z } from '@hono/zod-openapi'
import { CapabilityView } from '../catalogue/capabilities.schemas.ts'
import { NeedView } from '../catalogue/needs.schemas.ts'
import { Id, PageQuery, Timestamp, requiredText, requiredProse } from '../http/common.schemas.ts'

export const MatchStatus = z.enum(['shortlisted', 'accepted', 'rejected']).openapi({ description: 'shortlisted 入围 / accepted 采纳 / rejected 否决（不再推荐）' })

export const Reason = z
  .object({
    kind: z.enum(['text', 'chain', 'type', 'fields', 'mode', 'capacity', 'record', 'region', 'semantic']).openapi({ description: 'semantic 仅在启用语义重排时出现 (only with the optional semantic re-ranker)' }),
    text: z.string().openapi({ example: '技术内容相关（62%）：共同技术词「验布」「疵点」；术语表：「人眼」≈「机器视觉」' }),
    contribution: z.number().openapi({ description: '在总分中所占的分值，各项相加即总分 (this reason’s part of the score)' }),
  })
  .openapi('MatchReason')

export const MatchBand = z.enum(['strong', 'medium', 'weak']).openapi({
  description: '把握：strong 强 / medium 中 / weak 弱，按已标注数据校准的分数段 (how sure: score bands calibrated on labelled data)',
})

export const MatchAdvice = z
  .object({
    verdict: z.enum(['good', 'uncertain', 'none']).openapi({ description: 'good 有较强候选 / uncertain 只有中等候选 / none 目前没有合适的 (every candidate weak, or none)' }),
    message: z.string().openapi({ example: '目前没有合适的服务方 (no suitable provider yet)' }),
    actions: z.array(z.string()).openapi({ description: '建议的下一步 (what to do next)' }),
  })
  .openapi('MatchAdvice')

const Decision = z.object({ status: MatchStatus, decidedBy: Id, decidedAt: Timestamp }).nullable()

export const MatchLimitQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: '返回条数 1–50 (how many, best first)' }),
})

export const CapabilityCandidate = z
  .object({
    capabilityId: Id, score: z.number().min(0).max(1), band: MatchBand, reasons: z.array(Reason), capability: CapabilityView, decision: Decision,
    providerName: z.string().nullable().openapi({ description: '服务方名称；仅公开摘要时不显示 (null where the capability shows its summary only)' }),
  })
  .openapi('CapabilityCandidate')
export const NeedCandidate = z
  .object({
    needId: Id, score: z.number().min(0).max(1), band: MatchBand, reasons: z.array(Reason), need: NeedView, decision: Decision,
    enterpriseName: z.string().nullable().openapi({ description: '需求方名称；仅公开摘要时不显示 (null where the need shows its summary only)' }),
  })
  .openapi('NeedCandidate')

export const DecideMatch = z
  .strictObject({ needId: Id, capabilityId: Id, status: MatchStatus, note: requiredProse(500).optional() })
  .openapi('DecideMatch')
export type DecideMatch = z.infer<typeof DecideMatch>

export const DecideMatches = z
  .strictObject({ decisions: z.array(DecideMatch).min(1).max(200) })
  .openapi('DecideMatches')
export type DecideMatches = z.infer<typeof DecideMatches>

export const Match = z
  .object({
    id: Id, needId: Id, capabilityId: Id, status: MatchStatus, score: z.number(), reasons: z.array(Reason),
    note: z.string().nullable(), decidedBy: Id, decidedAt: Timestamp, createdAt: Timestamp,
  })
  .openapi('Match')

export const ListMatchesQuery = PageQuery.extend({ needId: Id.optional(), capabilityId: Id.optional(), status: MatchStatus.optional() })
export type ListMatchesQuery = z.infer<typeof ListMatchesQuery>

export const BatchMatch = z
  .strictObject({
    needIds: z.array(Id).min(1).max(500).optional().openapi({ description: '指定需求（如一场对接活动的需求）(these needs)' }),
    county: requiredText(40).optional(),
    industryChain: requiredText(40).optional(),
    limit: z.number().int().min(1).max(20).default(5).openapi({ description: '每项需求的候选数 (candidates per need)' }),
  })
  .refine((b) => b.needIds || b.county || b.industryChain, { message: '请指定 needIds、county 或 industryChain (name the needs, a county or a chain)' })
  .openapi('BatchMatch')
export type BatchMatch = z.infer<typeof BatchMatch>

export const BatchResult = z
  .object({
    items: z.array(z.object({
      needId: Id, title: z.string(), enterpriseId: Id, enterpriseName: z.string(),
      candidates: z.array(z.object({ capabilityId: Id, title: z.string(), providerId: Id, providerName: z.string(), score: z.number(), band: MatchBand, reasons: z.array(Reason) })),
      advice: MatchAdvice,
    })),
    capabilitiesConsidered: z.number().int(),
  })
  .openapi('BatchMatchResult')

export const TermGroupInput = z
  .strictObject({
    terms: z.array(requiredText(20)).min(2).max(20).transform((t) => [...new Set(t)]).refine((t) => t.length >= 2, '至少两个不同的词 (at least two different terms)'),
    note: requiredProse(200).optional(),
  })
  .openapi('TermGroupInput')
export type TermGroupInput = z.infer<typeof TermGroupInput>

export const TermGroup = z
  .object({ id: Id, terms: z.array(z.string()), note: z.string().nullable(), createdBy: Id.nullable(), createdAt: Timestamp, updatedAt: Timestamp })
  .openapi('TermGroup')

export const LearnedTerms = z
  .object({
    items: z.array(z.object({
      needToken: z.string().openapi({ description: '需求中的词 (a word of needs)' }),
      capabilityToken: z.string().openapi({ description: '与之对接成功的服务能力中的词 (a word of the capabilities they were matched with)' }),
      strength: z.number().openapi({ description: '强度 0–1 (net weight of the decisions behind it, shrunk for rare words)' }),
      support: z.number().int().openapi({ description: '支持它的成功对接数 (good pairs behind it)' }),
    })),
    associations: z.number().int(), decisions: z.number().int(),
    minDecisions: z.number().int().openapi({ description: '开始学习所需的决定数 (decisions needed before anything is learned)' }),
  })
  .openapi('LearnedTerms')
