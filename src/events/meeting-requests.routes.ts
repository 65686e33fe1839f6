import { createRoute, z } from '@hono/zod-openapi'
import { Id, IdParam, Timestamp, bearer, jsonBody, jsonResponse, problemResponses, requiredProse } from '../http/common.schemas.ts'

const tags = ['约见 Meeting requests']
const Status = z.enum(['pending', 'accepted', 'declined', 'withdrawn']).openapi({ description: 'pending 待答复 / accepted 已接受（排程必须安排）/ declined 已谢绝（不会安排）/ withdrawn 已撤回' })
const Titled = z.object({ id: Id, title: z.string() })

export const MeetingRequest = z
  .object({
    id: Id, eventId: Id, eventTitle: z.string(),
    direction: z.enum(['incoming', 'outgoing']).nullable().openapi({ description: 'incoming 对方发来 / outgoing 本机构发出；科协工作人员为 null' }),
    from: z.object({ organizationId: Id, name: z.string(), kind: z.enum(['enterprise', 'provider']) }), requestedByName: z.string(),
    to: z.object({ organizationId: Id.nullable(), name: z.string().nullable().openapi({ description: '约见匿名需求时，接受前不显示对方 (hidden until accepted when the need is anonymous)' }) }),
    need: Titled.nullable(), capability: Titled.nullable(),
    message: z.string(), status: Status, answerNote: z.string().nullable(), answeredAt: Timestamp.nullable(), createdAt: Timestamp,
    session: z.object({ id: Id, startsAt: Timestamp, endsAt: Timestamp, status: z.string(), tableName: z.string().nullable() }).nullable().openapi({ description: '已排入的对接场次 (the session booked for it, once there is one)' }),
  })
  .openapi('MeetingRequest')

export const requestMeetingRoute = createRoute({
  method: 'post', path: '/events/{id}/meeting-requests', tags, security: bearer,
  summary: '约见：请受邀的另一方在本活动中对接 Ask an invited organisation of the other kind to meet at this event — participants',
  description: '企业注明本机构的 needId，服务方注明本机构的 capabilityId；可再注明对方的记录，或只注明对方机构 counterpartId。An enterprise names its own needId, a provider its own capabilityId; name the other side’s record, or just the organisation.',
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({
      needId: Id.optional(), capabilityId: Id.optional(), counterpartId: Id.optional(),
      message: requiredProse(1000).openapi({ example: '想了解贵院在线验布系统的改造周期与费用。' }),
    }).openapi('RequestMeeting')),
  },
  responses: { 201: jsonResponse(z.object({ id: Id, status: Status }), '已发出，对方会收到通知 (sent; they are told)'), ...problemResponses },
})

export const listMeetingRequestsRoute = createRoute({
  method: 'get', path: '/meeting-requests', tags, security: bearer,
  summary: '约见列表 Meeting requests: participants those their organisation sent or received; coordinators all',
  request: { query: z.object({ eventId: Id.optional(), status: Status.optional(), direction: z.enum(['incoming', 'outgoing']).optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(MeetingRequest) }), '最新在前 (newest first)'), ...problemResponses },
})

export const answerMeetingRequestRoute = createRoute({
  method: 'post', path: '/meeting-requests/{id}/answer', tags, security: bearer,
  summary: '答复约见：接受（须安排）或谢绝 Accept (the scheduler must place it) or decline — the organisation asked',
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({
      answer: z.enum(['accepted', 'declined']), note: requiredProse(500).optional(),
      needId: Id.optional().openapi({ description: '企业接受时注明对接哪项需求（只有一项时可省略）(the enterprise’s need, if the request did not name it)' }),
      capabilityId: Id.optional().openapi({ description: '服务方接受时注明以哪项服务能力对接 (the provider’s capability, likewise)' }),
    }).openapi('AnswerMeetingRequest')),
  },
  responses: { 200: jsonResponse(MeetingRequest, '已答复，对方会收到通知 (answered; they are told)'), ...problemResponses },
})

export const withdrawMeetingRequestRoute = createRoute({
  method: 'post', path: '/meeting-requests/{id}/withdraw', tags, security: bearer,
  summary: '撤回尚未答复的约见 Withdraw a request not yet answered — the asking organisation',
  request: { params: IdParam },
  responses: { 200: jsonResponse(MeetingRequest, '已撤回 (withdrawn)'), ...problemResponses },
})
