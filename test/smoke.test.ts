import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildEnterprise, buildNeed } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

test('smoke', async () => {
  const e = await buildEnterprise(t.api)
  const n = await buildNeed(t.api, e.id)
  const r = await t.api.get(`/api/v1/needs/${n.id}`)
  console.log(r.status, r.body)
  const l = await t.api.get(`/api/v1/needs?q=疵点&industryChain=纺织服装`)
  console.log(l.status, JSON.stringify(l.body).slice(0, 300))
  expect(r.status).toBe(200)
})
