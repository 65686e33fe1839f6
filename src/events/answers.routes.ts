import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, InstantInput, Timestamp, bearer, jsonResponse, problemResponses } from '../http/common.schemas.ts'

const tags = ['对接活动 Events']

export const SessionAnswer = z
  .object({
    id: Id, sessionId: Id, sessionStartsAt: Timestamp, personId: Id, personName: z.string(), organizationName: z.string().nullable(),
    answer: z.enum(['accepted', 'declined', 'tentative', 'counter']).openapi({ description: 'accepted 接受 · declined 谢绝 · tentative 暂定 · counter 希望另约时间 (asks for another time)' }),
    note: z.string().nullable(),
    source: z.enum(['api', 'link', 'email']).openapi({ description: 'api 平台内 · link 邮件中的一键链接 · email 日历客户端的答复 (iMIP REPLY)' }),
    sequence: z.number().int().openapi({ description: '答复针对的邀请版本 (the invite version answered)' }),
    answeredBy: Id.nullable().openapi({ description: '代为答复者 (who answered for them); null when the attendee answered by link or mail' }),
    at: Timestamp,
  })
  .openapi('SessionAnswer')

export const listAnswersRoute = createRoute({
  method: 'get', path: '/events/{id}/answers', tags, security: bearer,
  summary: '邀请答复记录（最新在前）Answers to the event’s invites as they arrive, newest first — coordinators',
  request: {
    params: IdParam,
    query: z.object({
      since: InstantInput.optional().openapi({ description: '只看此后的答复 (only answers after this instant)' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(SessionAnswer) }), '答复 (answers)'), ...problemResponses },
})

export const InboundReply = z
  .object({
    id: Id, messageId: z.string(), fromEmail: z.string(), receivedAt: Timestamp,
    outcome: z.enum(['applied', 'stale', 'forged', 'unknown', 'refused', 'unreadable']).openapi({ description: 'applied 已记录 · stale 针对旧版本 · forged 发件人不是该参会人 · unknown 找不到对接会或参会人 · refused 不能接受（时间冲突、已取消）· unreadable 无法读取' }),
    detail: z.string(), sessionId: Id.nullable(),
  })
  .openapi('InboundReply')

export const listInboundRoute = createRoute({
  method: 'get', path: '/inbound-replies', tags, security: bearer,
  summary: '答复邮箱收到的邮件及处理结果 What the reply mailbox received and what came of each — coordinators',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(InboundReply) }), '最新在前 (newest first)'), ...problemResponses },
})
