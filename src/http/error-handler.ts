import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ConflictError, DomainError, ForbiddenError, GoneError, NotFoundError, RuleError, ValidationError } from '../errors.ts'
import { problem } from './problem.ts'

// PostgreSQL errors that only bad input or a concurrent change can cause; our own checks should
// catch these first, and this is the net under them so that no input ever becomes a 500. Each is
// said in words: a database's error code means nothing to a user and tells an attacker a lot.
const BAD_INPUT: Record<string, string> = {
  '22001': '文本超过长度上限 (a text is too long)',
  '22003': '数值超出范围 (a number is out of range)',
  '22007': '日期或时间格式无效 (a date or time is not valid)',
  '22008': '日期或时间超出范围 (a date or time is out of range)',
  '22021': '文本含有无效字符 (a text holds characters that cannot be stored)',
  '22P02': '某个值的格式无效 (a value is not in a valid form)',
  '22P05': '文本含有无法保存的字符 (a text holds characters that cannot be stored)',
  '23502': '缺少必填的值 (a required value is missing)',
  '23514': '某个值不符合规则 (a value breaks a rule of the record)',
  '54000': '内容过长，无法保存 (too long to store)',
}
const CONFLICT: Record<string, string> = {
  '23503': '引用的记录不存在或已被删除 (refers to a record that does not exist)',
  '23505': '与已有记录重复 (duplicates an existing record)',
  '23P01': '时间与已有安排重叠 (overlaps an existing booking)',
  '40001': '同时有其他修改，请重试 (another change came at the same time; try again)',
  '40P01': '同时有其他修改，请重试 (another change came at the same time; try again)',
}

export function onError(err: Error, c: Context): Response {
  if (err instanceof DomainError) {
    if (err instanceof NotFoundError) return problem(c, 'not-found', err.message)
    if (err instanceof ForbiddenError) return problem(c, 'forbidden', err.message)
    if (err instanceof ConflictError) return problem(c, 'conflict', err.message)
    if (err instanceof GoneError) return problem(c, 'gone', err.message)
    if (err instanceof ValidationError) return problem(c, 'validation-error', err.message, err.errors)
    if (err instanceof RuleError) return problem(c, err.type, err.message, err.errors)
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return problem(c, 'payload-too-large', '请求体超过大小上限 (request body too large)')
    if (err.status === 400 && /json/i.test(err.message)) {
      return problem(c, 'malformed-json', '请求体不是有效的 JSON (request body is not valid JSON)')
    }
    if (err.status === 401) return problem(c, 'unauthorized', err.message)
    if (err.status < 500) return problem(c, 'validation-error', err.message || '请求无效 (bad request)')
  }
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string') {
    if (BAD_INPUT[code]) return problem(c, 'validation-error', BAD_INPUT[code])
    if (CONFLICT[code]) return problem(c, 'conflict', CONFLICT[code])
    if (code === '57014') return problem(c, 'service-unavailable', '查询超时，请缩小范围后重试 (the query took too long; narrow it and try again)')
  }
  console.error(`[${c.req.method} ${c.req.path}]`, err)
  return problem(c, 'internal-error', '服务器内部错误，已记录 (internal error, logged)')
}
