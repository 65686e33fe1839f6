import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, Timestamp, bearer, jsonBody, jsonResponse, problemResponses, requiredProse } from '../http/common.schemas.ts'

const tags = ['揭榜 Interests']
const Status = z.enum(['pending', 'accepted', 'declined']).openapi({ description: 'pending 待答复 / accepted 已接受（成为入围对接）/ declined 已婉拒' })

export const Interest = z
  .object({
    id: Id, needId: Id, needTitle: z.string(), capabilityId: Id, capabilityTitle: z.string(), providerId: Id, providerName: z.string(), personName: z.string(),
    note: z.string(), status: Status, decisionNote: z.string().nullable(), decidedAt: Timestamp.nullable(), createdAt: Timestamp,
  })
  .openapi('Interest')

export const expressInterestRoute = createRoute({
  method: 'post', path: '/needs/{id}/interests', tags, security: bearer,
  summary: '我能解决（揭榜）：以本机构已发布的服务能力回应一项需求 Say one of your capabilities can solve this need — provider staff',
  request: { params: IdParam, body: jsonBody(z.strictObject({ capabilityId: Id, note: requiredProse(1000).openapi({ example: '我们为三家织厂做过在线验布改造。' }) }).openapi('ExpressInterest')) },
  responses: { 201: jsonResponse(z.object({ id: Id, status: Status }), '已揭榜，需求方会收到通知 (sent; the enterprise is told)'), ...problemResponses },
})

export const listInterestsRoute = createRoute({
  method: 'get', path: '/interests', tags, security: bearer,
  summary: '揭榜列表 Interests: coordinators all, enterprise staff those in their needs, provider staff their own',
  request: { query: z.object({ needId: Id.optional(), status: Status.optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(Interest) }), '最新在前 (newest first)'), ...problemResponses },
})

export const decideInterestRoute = createRoute({
  method: 'post', path: '/interests/{id}/decision', tags, security: bearer,
  summary: '答复揭榜：接受（成为入围对接）或婉拒 Accept (a shortlisted pair) or decline an offer — the need’s enterprise and coordinators',
  request: { params: IdParam, body: jsonBody(z.strictObject({ status: z.enum(['accepted', 'declined']), note: requiredProse(500).optional() }).openapi('DecideInterest')) },
  responses: { 200: jsonResponse(Interest, '已答复，服务方会收到通知 (answered; the provider is told)'), ...problemResponses },
})
