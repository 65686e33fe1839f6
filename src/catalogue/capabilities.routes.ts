import { createRoute, z } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, pageOf, problemResponses } from '../http/common.schemas.ts'
import { Capability, CapabilityView, CreateCapability, HistoryEntry, ListCapabilitiesQuery, UpdateCapability } from './capabilities.schemas.ts'

const tags = ['服务能力 Capabilities']

export const createCapabilityRoute = createRoute({
  method: 'post', path: '/capabilities', tags, security: bearer,
  summary: '发布服务能力 Offer a capability — provider staff or coordinators',
  request: { body: jsonBody(CreateCapability) },
  responses: { 201: jsonResponse(Capability, '已创建 (created)'), ...problemResponses },
})

export const listCapabilitiesRoute = createRoute({
  method: 'get', path: '/capabilities', tags, security: bearer,
  summary: '服务能力列表 List capabilities (as each one’s visibility allows)',
  request: { query: ListCapabilitiesQuery },
  responses: { 200: jsonResponse(pageOf(CapabilityView), '一页能力，最新的在前 (a page, newest first)'), ...problemResponses },
})

export const getCapabilityRoute = createRoute({
  method: 'get', path: '/capabilities/{id}', tags, security: bearer,
  summary: '查看服务能力 Get a capability',
  request: { params: IdParam },
  responses: { 200: jsonResponse(CapabilityView, '能力全文或摘要 (in full or as a summary)'), ...problemResponses },
})

export const updateCapabilityRoute = createRoute({
  method: 'patch', path: '/capabilities/{id}', tags, security: bearer,
  summary: '修改服务能力 Update a capability',
  request: { params: IdParam, body: jsonBody(UpdateCapability) },
  responses: { 200: jsonResponse(Capability, '已修改 (updated)'), ...problemResponses },
})

export const capabilityHistoryRoute = createRoute({
  method: 'get', path: '/capabilities/{id}/history', tags, security: bearer,
  summary: '能力变更记录 Every change: who, when, what',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(HistoryEntry) }), '变更记录 (oldest first)'), ...problemResponses },
})
