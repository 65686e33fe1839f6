import { createRoute, z } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, problemResponses } from '../http/common.schemas.ts'
import { BreakdownQuery, CorrectAgreement, CorrectIntention, OutcomeRecorded, OutcomeVersion, RecordAgreement, RecordIntention, ResolveNeed, Summary, SummaryQuery } from './outcomes.schemas.ts'

const tags = ['成果与统计 Outcomes and figures']

export const recordIntentionRoute = createRoute({
  method: 'post', path: '/intentions', tags, security: bearer,
  summary: '登记合作意向 Record a cooperation intention — coordinators',
  request: { body: jsonBody(RecordIntention) },
  responses: { 201: jsonResponse(OutcomeRecorded, '已登记 (recorded)'), ...problemResponses },
})

export const recordAgreementRoute = createRoute({
  method: 'post', path: '/agreements', tags, security: bearer,
  summary: '登记合作协议 Record an agreement — coordinators',
  request: { body: jsonBody(RecordAgreement) },
  responses: { 201: jsonResponse(OutcomeRecorded, '已登记 (recorded)'), ...problemResponses },
})

export const resolveNeedRoute = createRoute({
  method: 'post', path: '/needs/{id}/resolution', tags, security: bearer,
  summary: '登记需求已解决 Mark a need resolved, with how and evidence — coordinators',
  request: { params: IdParam, body: jsonBody(ResolveNeed) },
  responses: { 201: jsonResponse(OutcomeRecorded, '已登记 (recorded)'), ...problemResponses },
})

export const summaryRoute = createRoute({
  method: 'get', path: '/reports/summary', tags, security: bearer,
  summary: '年度统计数字 The figures an association reports, for a period, county and industry chain — coordinators',
  request: { query: SummaryQuery },
  responses: { 200: jsonResponse(Summary, '统计 (figures; definitions in the README)'), ...problemResponses },
})


export const correctIntentionRoute = createRoute({
  method: 'patch', path: '/intentions/{id}', tags, security: bearer,
  summary: '更正合作意向 Correct an intention (the previous version is kept) — coordinators',
  request: { params: IdParam, body: jsonBody(CorrectIntention) },
  responses: { 200: jsonResponse(OutcomeRecorded, '已更正 (corrected)'), ...problemResponses },
})

export const correctAgreementRoute = createRoute({
  method: 'patch', path: '/agreements/{id}', tags, security: bearer,
  summary: '更正合作协议 Correct an agreement (the previous version is kept) — coordinators',
  request: { params: IdParam, body: jsonBody(CorrectAgreement) },
  responses: { 200: jsonResponse(OutcomeRecorded, '已更正 (corrected)'), ...problemResponses },
})

const Versions = jsonResponse(z.object({ items: z.array(OutcomeVersion) }), '各个版本，最早的在前 (every version, oldest first)')
export const intentionVersionsRoute = createRoute({
  method: 'get', path: '/intentions/{id}/versions', tags, security: bearer, summary: '合作意向的各个版本 Every version of an intention',
  request: { params: IdParam }, responses: { 200: Versions, ...problemResponses },
})
export const agreementVersionsRoute = createRoute({
  method: 'get', path: '/agreements/{id}/versions', tags, security: bearer, summary: '合作协议的各个版本 Every version of an agreement',
  request: { params: IdParam }, responses: { 200: Versions, ...problemResponses },
})

export const breakdownRoute = createRoute({
  method: 'get', path: '/reports/breakdown', tags, security: bearer,
  summary: '按县市区、产业链或月份分解 The figures by county, industry chain or month — coordinators',
  request: { query: BreakdownQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(Summary.omit({ period: true }).extend({ key: z.string() })) }), '每组的数字 (figures per group)'), ...problemResponses },
})

export const funnelRoute = createRoute({
  method: 'get', path: '/reports/funnel', tags, security: bearer,
  summary: '对接漏斗 Needs filed → matched → in session → intention → agreement → resolved, with conversion rates — coordinators',
  request: { query: SummaryQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(z.object({ stage: z.string(), label: z.string(), count: z.number().int(), conversion: z.number().nullable() })) }), '各环节 (each step)'),
    ...problemResponses,
  },
})

const Period = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
const OutcomeList = jsonResponse(z.object({ items: z.array(OutcomeRecorded) }), '列表，最新的在前 (newest first)')
export const listIntentionsRoute = createRoute({
  method: 'get', path: '/intentions', tags, security: bearer, summary: '合作意向列表 Intentions (staff: those of their organization)',
  request: { query: Period }, responses: { 200: OutcomeList, ...problemResponses },
})
export const listAgreementsRoute = createRoute({
  method: 'get', path: '/agreements', tags, security: bearer, summary: '合作协议列表 Agreements (staff: those of their organization)',
  request: { query: Period }, responses: { 200: OutcomeList, ...problemResponses },
})
export const figuresXlsxRoute = createRoute({
  method: 'get', path: '/exports/figures.xlsx', tags, security: bearer,
  summary: '统计数字与成果清单（Excel）The figures, intentions and agreements of a period as .xlsx — coordinators',
  request: { query: SummaryQuery },
  responses: { 200: { description: '.xlsx', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses },
})

export const followUpAnswersRoute = createRoute({
  method: 'get', path: '/follow-ups', tags, security: bearer,
  summary: '对接会回访：已答复与未答复 Follow-ups, answered and not yet answered — coordinators',
  request: {
    query: z.object({
      sessionId: z.uuid().optional(),
      unconfirmed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').openapi({ description: '只看已答复、待确认的 (answered, not yet confirmed)' }),
      answered: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')).openapi({ description: 'false：只看未答复的，可重发链接 (only the unanswered, to resend)' }),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ items: z.array(z.object({
      id: z.string(), sessionId: z.string(), personId: z.string(), personName: z.string(), personEmail: z.string().nullable(), organizationName: z.string().nullable(),
      answered: z.boolean(), askedAt: z.string(), held: z.boolean().nullable(), usefulness: z.number().nullable(), intention: z.boolean().nullable(), nextStep: z.string().nullable(),
      respondedAt: z.string().nullable(), confirmedAt: z.string().nullable(),
    }).passthrough()) }), '回访 (follow-ups)'),
    ...problemResponses,
  },
})

export const resendFollowUpRoute = createRoute({
  method: 'post', path: '/follow-ups/{id}/resend', tags, security: bearer,
  summary: '重发回访链接 Send the follow-up link again (a fresh link; the old one stops working) — coordinators',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ id: z.string(), resentAt: z.string() }), '已重发 (queued again)'), ...problemResponses },
})

export const confirmFollowUpRoute = createRoute({
  method: 'post', path: '/follow-ups/{id}/confirm', tags, security: bearer,
  summary: '确认回访答复 Confirm an answer: the session becomes held, a reported intention is recorded — coordinators',
  request: { params: IdParam, body: jsonBody(z.strictObject({ intentionDescription: z.string().trim().min(1).max(2000).optional() })) },
  responses: { 200: jsonResponse(z.object({ id: z.string(), sessionHeld: z.boolean(), intentionId: z.string().nullable() }), '已确认 (confirmed)'), ...problemResponses },
})
