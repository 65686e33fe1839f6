import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildNeed, buildProvider } from './support/builders.ts'
import { createTestApp, type Reply, type TestApp } from './support/test-app.ts'

// Every bad input is a clear 4xx problem+json and writes nothing; no input is ever a 500.

let t: TestApp
let enterprise: any
let need: any
let capability: any
beforeAll(async () => {
  t = await createTestApp()
  enterprise = await buildEnterprise(t.api)
  need = await buildNeed(t.api, enterprise.id)
  capability = await buildCapability(t.api, (await buildProvider(t.api)).id)
})
afterAll(async () => { await t?.close() })

/** Row counts of every table: "nothing written" means these do not move. */
const TABLES = ['organizations', 'people', 'accessTokens', 'needs', 'needHistory', 'capabilities', 'capabilityExperts', 'capabilityHistory'] as const
async function countOf(table: (typeof TABLES)[number]) {
  const row = await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}
async function counts() {
  const out: Record<string, number> = {}
  for (const table of TABLES) out[table] = await countOf(table)
  return out
}

function expectProblem(r: Reply, status: number, type?: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status)
  expect(r.headers.get('content-type')).toContain('application/problem+json')
  expect(r.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) })
  if (type) expect(r.body.type).toBe(`/problems/${type}`)
}

const validNeed = () => ({ organizationId: enterprise.id, title: '需求', description: '说明', county: '任城区', industryChain: '新材料', keywords: ['材料'] })

describe('bad bodies', () => {
  test('malformed JSON', async () => {
    const before = await counts()
    expectProblem(await t.api.request('POST', '/api/v1/needs', '{"title": "缺了引号}'), 400, 'malformed-json')
    expectProblem(await t.api.request('PATCH', `/api/v1/needs/${need.id}`, '{'), 400, 'malformed-json')
    expect(await counts()).toEqual(before)
  })

  test('wrong types, unknown fields and unknown values name each bad field', async () => {
    const before = await counts()
    const cases: [Record<string, unknown>, string][] = [
      [{ ...validNeed(), title: 42 }, 'title'],
      [{ ...validNeed(), keywords: '疵点' }, 'keywords'],
      [{ ...validNeed(), needType: 'magic' }, 'needType'],
      [{ ...validNeed(), visibility: 'secret' }, 'visibility'],
      [{ ...validNeed(), cooperationModes: ['barter'] }, 'cooperationModes.0'],
      [{ ...validNeed(), priority: 'high' }, 'priority'],
      [{ ...validNeed(), title: '   ' }, 'title'],
      [{ ...validNeed(), title: 'x'.repeat(201) }, 'title'],
      [{ ...validNeed(), deadline: '2026-02-30' }, 'deadline'],
      [{ ...validNeed(), budgetMinYuan: -1 }, 'budgetMinYuan'],
      [{ ...validNeed(), budgetMinYuan: 1.5 }, 'budgetMinYuan'],
      [{ ...validNeed(), budgetMaxYuan: 1e300 }, 'budgetMaxYuan'],
      [{ ...validNeed(), budgetMinYuan: 9, budgetMaxYuan: 1 }, 'budgetMinYuan'],
      [{ ...validNeed(), description: '含有\u0000空字符' }, 'description'],
      [{ ...validNeed(), organizationId: 'not-a-uuid' }, 'organizationId'],
      [{ ...validNeed(), status: 'resolved' }, 'status'],
    ]
    for (const [body, path] of cases) {
      const r = await t.api.post('/api/v1/needs', body)
      expectProblem(r, 400, 'validation-error')
      expect(r.body.errors.map((e: any) => e.path), JSON.stringify(body)).toContain(path)
    }
    for (const body of [null, [], 'text', 7]) expectProblem(await t.api.request('POST', '/api/v1/needs', JSON.stringify(body)), 400)
    expect(await counts()).toEqual(before)
  })

  test('the messages are in Chinese', async () => {
    const r = await t.api.post('/api/v1/needs', { ...validNeed(), title: 42 })
    expect(r.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(r.body.title).toMatch(/[\u4e00-\u9fff]/)
  })

  test('a PATCH cannot move a record to another organisation, or set unknown fields', async () => {
    const other = await buildEnterprise(t.api)
    expectProblem(await t.api.patch(`/api/v1/needs/${need.id}`, { organizationId: other.id }), 400)
    expectProblem(await t.api.patch(`/api/v1/capabilities/${capability.id}`, { organizationId: other.id }), 400)
    expectProblem(await t.api.patch(`/api/v1/needs/${need.id}`, { status: 'nonsense' }), 400)
    expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.organizationId).toBe(enterprise.id)
  })

  test('a body over the limit is 413, whatever it claims to be', async () => {
    const before = await counts()
    const huge = { ...validNeed(), description: '大'.repeat(70_000) }
    expectProblem(await t.api.post('/api/v1/needs', huge), 413, 'payload-too-large')
    expect(await counts()).toEqual(before)
  })

  test('a body that is not JSON is 415', async () => {
    const r = await t.api.request('POST', '/api/v1/needs', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expectProblem(r, 415, 'unsupported-media-type')
    expectProblem(await t.api.request('PATCH', `/api/v1/needs/${need.id}`, '{}', { 'content-type': 'text/plain' }), 415)
  })
})

describe('bad ids and queries', () => {
  test('an id that is not a UUID is 400; an unknown one is 404', async () => {
    for (const path of ['/api/v1/needs/123', '/api/v1/capabilities/abc', '/api/v1/organizations/%27%20or%201=1', '/api/v1/people/x']) {
      expectProblem(await t.api.get(path), 400, 'validation-error')
    }
    const unknown = '01900000-0000-7000-8000-000000000000'
    for (const kind of ['needs', 'capabilities', 'organizations', 'people']) expectProblem(await t.api.get(`/api/v1/${kind}/${unknown}`), 404, 'not-found')
    expectProblem(await t.api.patch(`/api/v1/needs/${unknown}`, { title: 'x' }), 404)
    expectProblem(await t.api.post(`/api/v1/tokens/${unknown}/revoke`, {}), 404)
  })

  test('a limit out of range, a forged cursor or an unknown filter value is 400', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'cursor=%%%', 'cursor=bm90LWEtdXVpZA', 'status=lost', 'needType=x']) {
      const r = await t.api.get(`/api/v1/needs?${query}`)
      expectProblem(r, 400, 'validation-error')
      expect(r.body.errors[0].path).toMatch(/^query\./)
    }
  })

  test('an unknown route is a 404 problem', async () => {
    expectProblem(await t.api.get('/api/v1/nothing-here'), 404, 'not-found')
    expectProblem(await t.api.request('DELETE', `/api/v1/needs/${need.id}`), 404)
  })
})

describe('no input gives a 500', () => {
  // A deterministic stream of odd values thrown at every write route.
  const oddValues: unknown[] = [null, true, 0, -1, 1e308, '', ' ', '\u0000', '😀'.repeat(300), 'a'.repeat(6000), [], [null], {}, { $ne: 1 }, '2026-13-45', "'; drop table needs; --"]
  test('every field of every write route, with every odd value; only a 2xx writes', async () => {
    type Table = 'needs' | 'needHistory' | 'capabilities' | 'capabilityHistory' | 'organizations' | 'people' | 'accessTokens'
    const routes: [string, string, Record<string, unknown>, Table][] = [
      ['POST', '/api/v1/needs', validNeed(), 'needs'],
      ['PATCH', `/api/v1/needs/${need.id}`, { title: 'x' }, 'needHistory'],
      ['POST', '/api/v1/capabilities', { organizationId: capability.organizationId, title: 't', description: 'd', keywords: [] }, 'capabilities'],
      ['PATCH', `/api/v1/capabilities/${capability.id}`, { title: 'x' }, 'capabilityHistory'],
      ['POST', '/api/v1/organizations', { kind: 'enterprise', name: 'n', county: 'c' }, 'organizations'],
      ['POST', '/api/v1/people', { organizationId: enterprise.id, name: 'n' }, 'people'],
      ['POST', '/api/v1/tokens', { personId: need.createdBy, label: 'l' }, 'accessTokens'],
    ]
    const fields = ['title', 'description', 'keywords', 'needType', 'budgetMinYuan', 'deadline', 'expertIds', 'regionsServed', 'readinessLevel', 'kind', 'name', 'email', 'organizationId', 'personId', 'expiresAt', 'status']
    for (const [method, path, base, table] of routes) {
      for (const field of fields) {
        for (const value of oddValues) {
          const before = await countOf(table)
          const r = await t.api.request(method, path, { ...base, [field]: value })
          const label = `${method} ${path} ${field}=${JSON.stringify(value)?.slice(0, 40)} → ${r.status}`
          expect(r.status, label).toBeLessThan(500)
          if (r.status >= 400) expect(await countOf(table), label).toBe(before)
        }
      }
    }
  })
})
