import { createRoute, z } from '@hono/zod-openapi'
import { IdParam, bearer, jsonBody, jsonResponse, problemResponses } from '../http/common.schemas.ts'
import { AccessToken, IssueToken, IssuedToken, ListTokensQuery, Me } from './tokens.schemas.ts'

const tags = ['认证 Authentication']

export const meRoute = createRoute({
  method: 'get', path: '/me', tags, security: bearer,
  summary: '当前用户 Who am I',
  responses: { 200: jsonResponse(Me, '令牌持有人 (the token holder)'), ...problemResponses },
})

export const issueTokenRoute = createRoute({
  method: 'post', path: '/tokens', tags, security: bearer,
  summary: '签发访问令牌 Issue a token — coordinators',
  request: { body: jsonBody(IssueToken) },
  responses: { 201: jsonResponse(IssuedToken, '已签发；明文只返回这一次 (issued; the secret is shown once)'), ...problemResponses },
})

export const listTokensRoute = createRoute({
  method: 'get', path: '/tokens', tags, security: bearer,
  summary: '令牌列表（不含明文）List tokens (never the secrets)',
  request: { query: ListTokensQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(AccessToken) }), '令牌 (tokens)'), ...problemResponses },
})

export const revokeTokenRoute = createRoute({
  method: 'post', path: '/tokens/{id}/revoke', tags, security: bearer,
  summary: '撤销令牌 Revoke a token',
  request: { params: IdParam },
  responses: { 200: jsonResponse(AccessToken, '已撤销 (revoked)'), ...problemResponses },
})
