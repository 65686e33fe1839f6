import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { onError } from './error-handler.ts'

describe('database errors that reach the net', () => {
  it('are said in words, never as a code', async () => {
    for (const [code, status, words] of [['23P01', 409, '重叠'], ['23505', 409, '重复'], ['22008', 400, '超出范围'], ['40001', 409, '重试']] as const) {
      const app = new Hono().get('/', () => { throw Object.assign(new Error('conflicting key value violates exclusion constraint'), { code }) })
      app.onError(onError)
      const r = await app.request('/')
      expect(r.status).toBe(status)
      const body = await r.json()
      expect(body.detail).toContain(words)
      expect(JSON.stringify(body)).not.toContain(code)
      expect(JSON.stringify(body)).not.toContain('constraint')
    }
  })
})
