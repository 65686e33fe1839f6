import { afterAll, beforeAll, expect, test } from 'vitest'
import { authenticate } from '../src/auth/authenticate.ts'
import { withTransaction } from '../src/db/transaction.ts'
import { DEMO_SIGN_INS, DEMO_TOKENS, seedDemo } from '../src/demo/seed.ts'
import { DEMO_PASSWORD, provisionDemoSignIns } from '../src/demo/sign-ins.ts'
import { sessionCookie } from './support/builders.ts'
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
  expect(new Set(needs.map((n) => n.status)).size).toBeGreaterThanOrEqual(7)
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

test('the demo is a living programme: events behind and ahead, sessions held and missed, outcomes, all through the domain', async () => {
  expect(made).toMatchObject({ events: 4 })
  expect(made.sessionsHeld).toBeGreaterThanOrEqual(10)
  expect(made.missed).toBeGreaterThanOrEqual(2)
  expect(made.intentions).toBeGreaterThanOrEqual(4)
  expect(made.agreements).toBeGreaterThanOrEqual(2)
  expect(made.resolved).toBeGreaterThanOrEqual(1)
  const events = (await t.api.get('/api/v1/events')).body.items
  const now = t.clock.now.getTime()
  expect(events.filter((e: any) => Date.parse(e.days[0].startsAt) < now)).toHaveLength(3)
  const ahead = events.find((e: any) => Date.parse(e.days[0].startsAt) > now)
  const upcoming = (await t.api.get(`/api/v1/events/${ahead.id}/sessions`)).body.items
  expect(upcoming.length).toBeGreaterThan(0)
  expect(upcoming.every((s: any) => s.status === 'confirmed' && s.announced)).toBe(true)
  // No funnel step stands without its record.
  const orphans = await t.db.selectFrom('needs as n').select('n.id').where('n.status', 'in', ['held', 'intention', 'agreement', 'resolved'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('sessions as s').select('s.id').whereRef('s.needId', '=', 'n.id').where('s.status', '=', 'held')))).execute()
  expect(orphans).toEqual([])
})

test('every report of the demo agrees with every other', async () => {
  const period = 'from=2025-01-01&to=2027-12-31'
  const summary = (await t.api.get(`/api/v1/reports/summary?${period}`)).body
  const funnel = (await t.api.get(`/api/v1/reports/funnel?${period}`)).body.items
  const step = (name: string) => funnel.find((s: any) => s.stage === name).count
  expect(summary.sessionsHeld).toBe(made.sessionsHeld)
  expect(summary.eventsHeld).toBe(3)
  expect(summary.intentions).toBe(made.intentions)
  expect(summary.agreements).toBe(made.agreements)
  expect(summary.needsResolved).toBe(made.resolved)
  expect(step('resolved')).toBe(summary.needsResolved)
  expect(step('filed')).toBe(summary.needsCollected)
  const rows: any[] = (await t.api.get(`/api/v1/reports/breakdown?${period}&by=county`)).body.items
  const total = (k: string) => rows.reduce((n, r) => n + r[k], 0)
  expect(total('sessionsHeld')).toBe(summary.sessionsHeld)
  expect(total('needsResolved')).toBe(summary.needsResolved)
  const collected = await t.db.selectFrom('needs').select('id').where('status', '<>', 'draft').execute()
  // The one need withdrawn before it was ever published is not collected.
  expect(summary.needsCollected).toBe(collected.length - 1)
})

test('what the demo prints and sends reads right: Chinese section numbers, tables named once, mail signed by the association', async () => {
  const html = (await t.api.get('/api/v1/exports/needs-compendium.html')).body as string
  expect(html).toContain('十一、')
  expect(html).not.toMatch(/>\s*1[0-9]、/)
  const invites = await t.db.selectFrom('outbox').select(['text', 'ics']).where('kind', '=', 'invite').execute()
  expect(invites.length).toBeGreaterThan(0)
  for (const m of invites) {
    expect(m.text).toContain('对接')
    expect(m.text).not.toContain('号桌 桌')
    expect(m.ics ?? '').not.toContain('号桌 桌')
    expect(m.text).toContain('联系方式')
    expect(m.text).not.toContain('金桥对接平台（金桥对接平台）')
  }
})

test('the demo’s three people sign in with the demo password, with no setup', async () => {
  await provisionDemoSignIns(t.deps)
  await provisionDemoSignIns(t.deps) // at every start: made once
  const roles: Record<string, string> = {}
  for (const [who, email] of Object.entries(DEMO_SIGN_INS)) {
    const me = await t.api.withCookie(await sessionCookie(t.api, email, DEMO_PASSWORD)).get('/api/v1/me')
    roles[who] = me.body.role
  }
  expect(roles).toEqual({ coordinator: 'coordinator', enterprise: 'enterprise', provider: 'provider' })
  const secretary = await t.db.selectFrom('people as p').innerJoin('organizations as o', 'o.id', 'p.organizationId').select(['p.position', 'o.providerType']).where('p.email', '=', DEMO_SIGN_INS.provider).executeTakeFirstOrThrow()
  expect(secretary).toMatchObject({ position: '秘书长', providerType: expect.stringMatching(/society/) })
})
