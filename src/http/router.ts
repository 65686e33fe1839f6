import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './app-env.ts'
import { problem } from './problem.ts'
import { fieldErrors } from './zod-issues.ts'

const TARGET_NAMES: Record<string, string> = { json: '', query: 'query', param: 'path', header: 'header' }

/** A router whose every validation failure is a 400 problem+json naming each bad field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return
      const errors = fieldErrors(result.error, TARGET_NAMES[result.target])
      const where = result.target === 'json' ? '请求体' : result.target === 'query' ? '查询参数' : '路径参数'
      return problem(c, 'validation-error', `${where}有 ${errors.length} 处错误 (${errors.length} invalid field(s))`, errors)
    },
  })
}
