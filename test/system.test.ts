import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../src/app.ts'
import type { Db } from '../src/db/database.ts'
import { createPostgresDb } from '../src/db/postgres.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

describe('health', () => {
  test('/healthz answers while the process is up, without a token', async () => {
    const r = await t.api.as(undefined).get('/healthz')
    expect(r).toMatchObject({ status: 200, body: { status: 'ok' } })
  })

  test('/readyz checks the database', async () => {
    expect((await t.api.as(undefined).get('/readyz')).status).toBe(200)
    // A server whose database cannot be reached says so with a 503, not a crash.
    const unreachable: Db = createPostgresDb({ url: 'postgres://nobody@127.0.0.1:1/none', maxConnections: 1 })
    const app = createApp({ db: unreachable, now: () => new Date(), maxBodyBytes: 1024, mailFrom: { name: 'x', email: 'x@example.org' }, publicUrl: 'http://localhost' })
    const r = await app.request('/readyz')
    expect(r.status).toBe(503)
    expect(r.headers.get('content-type')).toContain('application/problem+json')
    await unreachable.destroy()
  })
})

describe('vocabularies', () => {
  test('every code comes with its Chinese and English label', async () => {
    const r = await t.api.get('/api/v1/vocabularies')
    expect(r.status).toBe(200)
    expect(r.body.needTypes).toContainEqual({ code: 'key_technology', zh: '技术攻关', en: 'Key technology R&D' })
    expect(r.body.providerTypes.map((x: any) => x.zh)).toEqual(['全国学会', '省级学会', '高校', '科研院所', '专家服务站', '专家团队'])
    expect((await t.api.as(undefined).get('/api/v1/vocabularies')).status).toBe(401)
  })
})

describe('API description', () => {
  test('/openapi.json is an OpenAPI 3.1 document with every required path and the bearer scheme', async () => {
    const r = await t.api.as(undefined).get('/openapi.json')
    expect(r.status).toBe(200)
    expect(r.body.openapi).toBe('3.1.0')
    const paths = Object.keys(r.body.paths)
    for (const [path, methods] of Object.entries({
      '/api/v1/organizations': ['post', 'get'],
      '/api/v1/needs': ['post', 'get'],
      '/api/v1/needs/{id}': ['get', 'patch'],
      '/api/v1/capabilities': ['post', 'get'],
      '/api/v1/capabilities/{id}': ['get', 'patch'],
    })) {
      expect(paths).toContain(path)
      for (const m of methods) expect(r.body.paths[path][m], `${m} ${path}`).toBeDefined()
    }
    expect(r.body.components.securitySchemes.Bearer).toEqual({ type: 'http', scheme: 'bearer' })
    const createNeed = r.body.components.schemas.CreateNeed
    for (const field of ['organizationId', 'title', 'description', 'county', 'industryChain', 'keywords']) expect(createNeed.properties).toHaveProperty(field)
  })

  test('/docs is a readable reference page listing the operations, with no outside scripts', async () => {
    const res = await t.api.app.request('/docs')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('技术需求 Needs')
    expect(html).toContain('/api/v1/needs/{id}')
    expect(html).not.toMatch(/<script[^>]+src=/)
  })

  test('each problem type has a page', async () => {
    const res = await t.api.app.request('/problems/validation-error')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('请求内容无效')
    expect((await t.api.app.request('/problems/made-up')).status).toBe(404)
  })
})
