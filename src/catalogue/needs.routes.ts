import { createRoute, z } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, pageOf, problemResponses } from '../http/common.schemas.ts'
import { CreateNeed, HistoryEntry, ListNeedsQuery, Need, NeedView, UpdateNeed } from './needs.schemas.ts'

const tags = ['技术需求 Needs']

export const createNeedRoute = createRoute({
  method: 'post', path: '/needs', tags, security: bearer,
  summary: '发布技术需求 File a technical need — enterprise staff or coordinators',
  request: { body: jsonBody(CreateNeed) },
  responses: { 201: jsonResponse(Need, '已创建 (created)'), ...problemResponses },
})

export const listNeedsRoute = createRoute({
  method: 'get', path: '/needs', tags, security: bearer,
  summary: '技术需求列表 List needs (as each need’s visibility allows)',
  request: { query: ListNeedsQuery },
  responses: { 200: jsonResponse(pageOf(NeedView), '一页需求，最新的在前 (a page, newest first)'), ...problemResponses },
})

export const getNeedRoute = createRoute({
  method: 'get', path: '/needs/{id}', tags, security: bearer,
  summary: '查看技术需求 Get a need',
  request: { params: IdParam },
  responses: { 200: jsonResponse(NeedView, '需求全文或摘要 (the need, in full or as a summary)'), ...problemResponses },
})

export const updateNeedRoute = createRoute({
  method: 'patch', path: '/needs/{id}', tags, security: bearer,
  summary: '修改需求或变更状态 Update a need or move it along the funnel',
  request: { params: IdParam, body: jsonBody(UpdateNeed) },
  responses: { 200: jsonResponse(Need, '已修改 (updated)'), ...problemResponses },
})

export const needHistoryRoute = createRoute({
  method: 'get', path: '/needs/{id}/history', tags, security: bearer,
  summary: '需求变更记录 Every change: who, when, what',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(HistoryEntry) }), '变更记录，按时间先后 (oldest first)'), ...problemResponses },
})
