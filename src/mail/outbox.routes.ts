import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, PageQuery, Timestamp, bearer, jsonResponse, pageOf, problemResponses, text } from '../http/common.schemas.ts'

const tags = ['邮件 Mail']
const STATUSES = ['pending', 'sending', 'sent', 'failed', 'superseded'] as const
const KINDS = ['invite', 'update', 'cancellation', 'reminder', 'follow_up', 'answer_digest', 'invitation', 'password_reset', 'sign_in_code', 'interest', 'meeting_request'] as const

export const OutboxMessage = z
  .object({
    id: Id, kind: z.enum(KINDS), toEmail: z.string(), toName: z.string(), subject: z.string(),
    status: z.enum(STATUSES).openapi({ description: 'pending 待发 / sending 发送中 / sent 已发 / failed 失败 / superseded 已被新版本取代' }),
    attempts: z.number().int(), lastError: z.string().nullable(),
    nextAttemptAt: Timestamp.nullable(), sentAt: Timestamp.nullable(), createdAt: Timestamp,
  })
  .openapi('OutboxMessage')

export const listOutboxRoute = createRoute({
  method: 'get', path: '/outbox', tags, security: bearer,
  summary: '发件箱：每封邮件的收件人、主题、状态、尝试次数与最近错误 The outbox, newest first — coordinators',
  request: { query: PageQuery.extend({ status: z.enum(STATUSES).optional(), kind: z.enum(KINDS).optional(), q: text(100).optional().openapi({ description: '收件人或主题 (recipient or subject)' }) }) },
  responses: { 200: jsonResponse(pageOf(OutboxMessage), '邮件 (messages)'), ...problemResponses },
})

export const resendMailRoute = createRoute({
  method: 'post', path: '/outbox/{id}/resend', tags, security: bearer,
  summary: '重发失败的邮件 Send a failed message again — coordinators; 409 for any other status',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ id: Id, status: z.literal('pending') }), '已重新排队 (queued again)'), ...problemResponses },
})
