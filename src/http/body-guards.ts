import { createMiddleware } from 'hono/factory'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './app-env.ts'
import { problem } from './problem.ts'

/** Refuses a body over the limit before it is read into memory. */
export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: (c) => problem(c, 'payload-too-large', `请求体不能超过 ${maxSize} 字节 (request body over ${maxSize} bytes)`),
  })

/** A write with a body must say it is JSON (spreadsheet uploads excepted); anything else is refused before validation. */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && !c.req.path.includes('/imports/')) {
    const type = c.req.header('content-type') ?? ''
    const hasBody = c.req.header('content-length') !== '0' && (c.req.raw.body !== null || type !== '')
    if (hasBody && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      return problem(c, 'unsupported-media-type', '请求体须为 JSON，Content-Type: application/json (send JSON with Content-Type: application/json)')
    }
  }
  await next()
})
