import { createRoute } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, problemResponses } from '../http/common.schemas.ts'
import { OutcomeRecorded, RecordAgreement, RecordIntention, ResolveNeed, Summary, SummaryQuery } from './outcomes.schemas.ts'

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

