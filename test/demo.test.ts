import { afterAll, beforeAll, expect, test } from 'vitest'
import { authenticate } from '../src/auth/authenticate.ts'
import { withTransaction } from '../src/db/transaction.ts'
import { DEMO_TOKENS, seedDemo } from '../src/demo/seed.ts'
import { actionContext } from '../src/deps.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from './support/test-app.ts'

// The demo a newcomer sees with `npm run demo` is the programme the issue promises.

let t: TestApp
let made: Awaited<ReturnType<typeof seedDemo>>
beforeAll(async () => {
  t = await createTestApp()
  const ctx = actionContext(t.deps)
  const coordinator = (await authenticate(ctx, ADMIN_TOKEN))!
  made = await withTransaction(t.db, (tx) => seedDemo({ ...ctx, db: tx }, coordinator))
}, 120_000)
afterAll(async () => { await t?.close() })

test('30+ enterprises with 60+ needs, 40+ providers with 100+ capabilities', async () => {
  expect(made.enterprises).toBeGreaterThanOrEqual(30)
  expect(made.needs).toBeGreaterThanOrEqual(60)
  expect(made.providers).toBeGreaterThanOrEqual(40)
  expect(made.capabilities).toBeGreaterThanOrEqual(100)
  const needs = await t.db.selectFrom('needs').select(['county', 'industryChain', 'status']).execute()
  expect(needs).toHaveLength(made.needs)
  expect(new Set(needs.map((n) => n.industryChain)).size).toBeGreaterThanOrEqual(10)
  expect(new Set(needs.map((n) => n.status)).size).toBeGreaterThanOrEqual(8)
  const societies = await t.api.get('/api/v1/organizations?providerType=provincial_society&limit=100')
  expect(societies.body.items.map((o: any) => o.name)).toContain('山东纺织工程学会')
  const emails = await t.db.selectFrom('people').select('email').where('email', 'is not', null).execute()
  expect(emails.every((p) => p.email!.endsWith('@example.org'))).toBe(true)
})

test('the demo tokens speak as an enterprise and a provider, each within its rights', async () => {
  const enterprise = t.api.as(DEMO_TOKENS.enterprise)
  const provider = t.api.as(DEMO_TOKENS.provider)
  expect((await enterprise.get('/api/v1/me')).body.role).toBe('enterprise')
  expect((await provider.get('/api/v1/me')).body.role).toBe('provider')
  const textile = await provider.get(`/api/v1/needs?industryChain=${encodeURIComponent('纺织服装')}&limit=100`)
  expect(textile.status).toBe(200)
  expect(textile.body.items.length).toBeGreaterThan(0)
  expect(textile.body.items.every((n: any) => n.status !== 'draft')).toBe(true)
})
