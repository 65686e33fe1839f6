import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { FieldError } from '../errors.ts'

/** The closed list of problem types this API answers with (RFC 9457). */
export const PROBLEMS = {
  'validation-error': { status: 400, title: '请求内容无效 (Invalid request)' },
  'malformed-json': { status: 400, title: '请求体不是有效的 JSON (Malformed JSON)' },
  unauthorized: { status: 401, title: '未认证 (Unauthorized)' },
  forbidden: { status: 403, title: '无权操作 (Forbidden)' },
  'not-found': { status: 404, title: '资源不存在 (Not found)' },
  'method-not-allowed': { status: 405, title: '不支持的请求方法 (Method not allowed)' },
  conflict: { status: 409, title: '与现有数据冲突 (Conflict)' },
  gone: { status: 410, title: '已失效 (Gone)' },
  'outside-opening-hours': { status: 422, title: '不在活动开放时间内 (Outside the event’s opening hours)' },
  'not-started-yet': { status: 422, title: '对接尚未开始 (The session has not started yet)' },
  'needs-a-record': { status: 422, title: '须通过相应记录推进 (This step follows from a record)' },
  'session-cancelled': { status: 422, title: '对接会已取消 (The session is cancelled)' },
  'catalogue-too-large': { status: 422, title: '服务能力太多，无法批量匹配 (Too large a catalogue for a batch here)' },
  'payload-too-large': { status: 413, title: '请求体过大 (Payload too large)' },
  'unsupported-media-type': { status: 415, title: '不支持的内容类型 (Unsupported media type)' },
  'too-many-requests': { status: 429, title: '尝试次数过多 (Too many attempts)' },
  'service-unavailable': { status: 503, title: '服务暂不可用 (Service unavailable)' },
  'internal-error': { status: 500, title: '服务器内部错误 (Internal error)' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ProblemType = keyof typeof PROBLEMS

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  errors?: FieldError[]
}

export function problemBody(type: ProblemType, detail: string, errors?: FieldError[]): Problem {
  const { status, title } = PROBLEMS[type]
  return { type: `/problems/${type}`, title, status, detail, ...(errors?.length ? { errors } : {}) }
}

export function problem(c: Context, type: ProblemType, detail: string, errors?: FieldError[]): Response {
  const body: Problem = { ...problemBody(type, detail, errors), instance: c.req.path }
  c.header('content-type', 'application/problem+json; charset=utf-8')
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode)
}
