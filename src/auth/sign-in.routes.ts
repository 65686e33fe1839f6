import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, Timestamp, bearer, jsonBody, jsonResponse, problemResponses } from '../http/common.schemas.ts'

const tags = ['认证 Authentication']
const TokenParam = z.object({ token: z.string().min(10).max(300).openapi({ param: { name: 'token', in: 'path' } }) })

export const inviteRoute = createRoute({
  method: 'post', path: '/people/{id}/invitation', tags, security: bearer,
  summary: '邀请登录：向该人员发送设置密码的链接 Invite a person to sign in (coordinators; staff for colleagues); a new invitation replaces the last',
  request: { params: IdParam },
  responses: { 201: jsonResponse(z.object({ id: Id, personId: Id, expiresAt: Timestamp }).openapi('Invitation'), '已发送 (sent)'), ...problemResponses },
})

export const accessRoute = createRoute({
  method: 'post', path: '/people/{id}/access', tags, security: bearer,
  summary: '停用或恢复某人的访问 Disable or restore a person’s access: sessions end, tokens stop working — coordinators',
  request: { params: IdParam, body: jsonBody(z.strictObject({ enabled: z.boolean() }).openapi('SetAccess')) },
  responses: { 200: jsonResponse(z.object({ personId: Id, accessEnabled: z.boolean() }), '已更新 (updated)'), ...problemResponses },
})

export const readInvitationRoute = createRoute({
  method: 'get', path: '/invitations/{token}', tags, security: [],
  summary: '邀请链接指向谁（不消耗链接）Whom an invitation link is for; opening it uses nothing up — no login',
  request: { params: TokenParam },
  responses: {
    200: jsonResponse(z.object({ name: z.string(), email: z.string(), organizationName: z.string().nullable(), invitedBy: z.string().nullable(), expiresAt: Timestamp }).openapi('InvitationView'), '邀请 (the invitation)'),
    ...problemResponses,
  },
})

export const acceptInvitationRoute = createRoute({
  method: 'post', path: '/invitations/{token}/accept', tags, security: [],
  summary: '接受邀请并设置密码 Accept an invitation by setting a password (10–128 characters); then sign in at /api/auth/sign-in/email — no login',
  request: { params: TokenParam, body: jsonBody(z.strictObject({ password: z.string().min(10, '密码至少 10 个字符 (at least 10 characters)').max(128) }).openapi('AcceptInvitation')) },
  responses: { 200: jsonResponse(z.object({ email: z.string(), name: z.string() }), '密码已设置 (password set)'), ...problemResponses },
})
