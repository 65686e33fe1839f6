import { createRoute, z } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, pageOf, problemResponses } from '../http/common.schemas.ts'
import {
  BatchMatch, BatchResult, CapabilityCandidate, MatchAdvice, DecideMatch, ListMatchesQuery, Match, MatchLimitQuery, NeedCandidate, TermGroup, TermGroupInput, DecideMatches, LearnedTerms } from './matches.schemas.ts'

const tags = ['匹配 Matching']
const terms = ['术语表 Term list']

export const needMatchesRoute = createRoute({
  method: 'get', path: '/needs/{id}/matches', tags, security: bearer,
  summary: '为需求推荐服务能力 Capabilities most able to solve a need, best first, with reasons',
  request: { params: IdParam, query: MatchLimitQuery },
  responses: { 200: jsonResponse(z.object({ needId: z.string(), items: z.array(CapabilityCandidate), advice: MatchAdvice }), '候选，得分在 0–1 之间 (candidates, scores in [0, 1])'), ...problemResponses },
})

export const previewMatchesRoute = createRoute({
  method: 'post', path: '/needs/{id}/matches/preview', tags: terms, security: bearer,
  summary: '预览术语表修改对某项需求排序的影响 The ranking a need would get with another term list (nothing is saved) — coordinators',
  request: {
    params: IdParam, query: MatchLimitQuery,
    body: jsonBody(z.strictObject({ termGroups: z.array(z.array(z.string().trim().min(1).max(20)).min(2).max(20)).max(5000).openapi({ description: '完整的术语表（修改后）(the whole term list, as edited)' }) }).openapi('TermListPreview')),
  },
  responses: { 200: jsonResponse(z.object({ needId: z.string(), items: z.array(CapabilityCandidate), advice: MatchAdvice }), '按修改后的术语表排序 (ranked with the edited list)'), ...problemResponses },
})

export const capabilityMatchesRoute = createRoute({
  method: 'get', path: '/capabilities/{id}/matches', tags, security: bearer,
  summary: '为服务能力推荐需求 Open needs a capability could serve',
  request: { params: IdParam, query: MatchLimitQuery },
  responses: { 200: jsonResponse(z.object({ capabilityId: z.string(), items: z.array(NeedCandidate), advice: MatchAdvice }), '候选 (candidates)'), ...problemResponses },
})

export const decideMatchRoute = createRoute({
  method: 'post', path: '/matches', tags, security: bearer,
  summary: '入围、采纳或否决一对候选 Shortlist, accept or reject a pair — coordinators',
  request: { body: jsonBody(DecideMatch) },
  responses: { 200: jsonResponse(Match, '已更新 (updated)'), 201: jsonResponse(Match, '已记录 (recorded)'), ...problemResponses },
})

export const decideMatchesRoute = createRoute({
  method: 'post', path: '/matches/bulk', tags, security: bearer,
  summary: '批量入围、采纳或否决 Shortlist, accept or reject many pairs at once, all or nothing — coordinators',
  request: { body: jsonBody(DecideMatches) },
  responses: { 200: jsonResponse(z.object({ items: z.array(Match) }), '全部已记录 (all recorded)'), ...problemResponses },
})

export const listMatchesRoute = createRoute({
  method: 'get', path: '/matches', tags, security: bearer,
  summary: '已确定的候选 Decisions taken — coordinators',
  request: { query: ListMatchesQuery },
  responses: { 200: jsonResponse(pageOf(Match), '决定 (decisions), newest first'), ...problemResponses },
})

export const batchMatchRoute = createRoute({
  method: 'post', path: '/matching/batch', tags, security: bearer,
  summary: '批量匹配（一场活动、一个县、一条产业链）Candidates for many needs at once — coordinators',
  request: { body: jsonBody(BatchMatch) },
  responses: { 200: jsonResponse(BatchResult, '每项需求的候选 (candidates per need)'), ...problemResponses },
})

export const listTermsRoute = createRoute({
  method: 'get', path: '/match-terms', tags: terms, security: bearer,
  summary: '同义词/术语表 The term list used to match different words for the same thing',
  responses: { 200: jsonResponse(z.object({ items: z.array(TermGroup) }), '术语组 (term groups)'), ...problemResponses },
})

export const createTermRoute = createRoute({
  method: 'post', path: '/match-terms', tags: terms, security: bearer,
  summary: '添加术语组 Add a group of terms that mean the same — coordinators',
  request: { body: jsonBody(TermGroupInput) },
  responses: { 201: jsonResponse(TermGroup, '已添加 (created)'), ...problemResponses },
})

export const updateTermRoute = createRoute({
  method: 'put', path: '/match-terms/{id}', tags: terms, security: bearer,
  summary: '修改术语组 Replace a term group — coordinators',
  request: { params: IdParam, body: jsonBody(TermGroupInput) },
  responses: { 200: jsonResponse(TermGroup, '已修改 (updated)'), ...problemResponses },
})

export const deleteTermRoute = createRoute({
  method: 'delete', path: '/match-terms/{id}', tags: terms, security: bearer,
  summary: '删除术语组 Delete a term group — coordinators',
  request: { params: IdParam },
  responses: { 204: { description: '已删除 (deleted)' }, ...problemResponses },
})

export const learnedTermsRoute = createRoute({
  method: 'get', path: '/matching/learned-terms', tags: terms, security: bearer,
  summary: '从对接决定中学到的词 What matching learned from coordinators’ decisions — coordinators',
  responses: { 200: jsonResponse(LearnedTerms, '学到的词，依据最多的在前 (best supported first, at most 500)'), ...problemResponses },
})
