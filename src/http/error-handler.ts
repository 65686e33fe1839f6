import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ConflictError, DomainError, ForbiddenError, NotFoundError, RuleError, ValidationError } from '../errors.ts'
import { problem } from './problem.ts'

// PostgreSQL error codes that only bad input can cause; our own checks should catch these first,
// and this is the net under them so that no input ever becomes a 500.
const BAD_INPUT_CODES = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '23502', '23514', '54000'])
const CONFLICT_CODES = new Set(['23503', '23505', '23P01', '40001', '40P01'])

export function onError(err: Error, c: Context): Response {
  if (err instanceof DomainError) {
    if (err instanceof NotFoundError) return problem(c, 'not-found', err.message)
    if (err instanceof ForbiddenError) return problem(c, 'forbidden', err.message)
    if (err instanceof ConflictError) return problem(c, 'conflict', err.message)
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
    if (BAD_INPUT_CODES.has(code)) return problem(c, 'validation-error', `数据不符合约束 (value rejected by the database: ${code})`)
    if (CONFLICT_CODES.has(code)) return problem(c, 'conflict', `与现有数据冲突，请刷新后重试 (conflict with existing data: ${code})`)
  }
  console.error(`[${c.req.method} ${c.req.path}]`, err)
  return problem(c, 'internal-error', '服务器内部错误，已记录 (internal error, logged)')
}
