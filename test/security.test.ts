import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addTerms, buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from './support/test-app.ts'

// What the security review from outside found, each checked as the reviewer did: as another
// organisation, with bad input, while the server is busy, and as a guesser.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

/** How long other requests wait while `work` runs: the slowest of /readyz calls made throughout. */
async function slowestWhile(work: Promise<unknown>) {
  let done = false
  const finished = work.finally(() => (done = true))
  let slowest = 0
  let calls = 0
  while (!done) {
    const started = performance.now()
    const r = await t.api.app.request('/readyz')
    expect(r.status).toBe(200)
    slowest = Math.max(slowest, performance.now() - started)
    calls++
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await finished
  return { slowest, calls }
}

describe('filters never reveal what a record hides', () => {
  test('organizationId lists another organisation’s summary-only needs and capabilities not at all', async () => {
    const b = await buildEnterprise(t.api)
    const hidden = await buildNeed(t.api, b.id, { title: '只公开摘要的需求', visibility: 'summary' })
    const open = await buildNeed(t.api, b.id, { title: '公开的需求', visibility: 'public' })
    const p = await buildProvider(t.api)
    const hiddenCap = await buildCapability(t.api, p.id, { visibility: 'summary' })
    const a = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    const listed = (await a.client.get(`/api/v1/needs?organizationId=${b.id}`)).body.items.map((n: any) => n.id)
    expect(listed).toContain(open.id)
    expect(listed).not.toContain(hidden.id)
    // Still listed as a summary where no filter names the owner.
    expect((await a.client.get('/api/v1/needs?limit=100')).body.items.find((n: any) => n.id === hidden.id)).toMatchObject({ view: 'summary' })
    expect((await a.client.get(`/api/v1/capabilities?organizationId=${p.id}`)).body.items.map((c: any) => c.id)).not.toContain(hiddenCap.id)
    // The owner and coordinators still filter their own.
    const owner = await buildMember(t.api, b.id)
    expect((await owner.client.get(`/api/v1/needs?organizationId=${b.id}`)).body.items.map((n: any) => n.id)).toContain(hidden.id)
    expect((await t.api.get(`/api/v1/needs?organizationId=${b.id}`)).body.items.map((n: any) => n.id)).toContain(hidden.id)
  })
})

describe('bad input is said in words and bounded', () => {
  test('dates outside 1990–2100 are refused, in events and in reports', async () => {
    const r = await t.api.post('/api/v1/events', { title: '金桥行动', kind: 'online', county: '汶上县', days: [{ date: '1926-12-05', opens: '08:30', closes: '12:00' }] })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('1990')
    expect((await t.api.get('/api/v1/reports/breakdown?from=0001-01-01&to=9999-12-31&by=month')).status).toBe(400)
    expect((await t.api.get('/api/v1/reports/summary?from=1926-01-01&to=2026-12-31')).status).toBe(400)
  })

  test('a breakdown by month over the widest period is one grouped query: others keep answering', async () => {
    const { slowest } = await slowestWhile(t.api.get('/api/v1/reports/breakdown?from=1990-01-01&to=2100-12-31&by=month').then((r) => {
      expect(r.status).toBe(200)
      expect(r.body.items).toHaveLength(111 * 12)
    }))
    expect(slowest).toBeLessThan(500)
  })

  test('a CSV of 9,000 columns is refused at once and freezes nothing', async () => {
    const header = Array.from({ length: 9_000 }, () => 'x').join(',')
    const body = `${header}\r\n${'a,b\r\n'.repeat(5_000)}`
    const started = performance.now()
    const { slowest } = await slowestWhile(Promise.resolve(t.api.app.request('/api/v1/imports/needs?dryRun=true', { method: 'POST', body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' } })).then(async (r) => {
      expect(r.status).toBe(400)
      expect(JSON.stringify(await r.json())).toContain('at most 60 columns')
    }))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(slowest).toBeLessThan(500)
  })

  test('an import writes in short transactions: the embedded database keeps answering while it runs', async () => {
    const e = await buildEnterprise(t.api, { name: `导入测试企业${Date.now()}` })
    await addTerms(t.api, { counties: [], industryChains: [] })
    const rows = Array.from({ length: 400 }, (_, i) => `${e.name},导入需求${i},在线检测的需求描述${i},汶上县,纺织服装,检测,,,,,,`)
    const body = ['企业名称,需求名称,需求描述,县市区,产业链,关键词,需求类型,合作方式,预算下限（元）,预算上限（元）,截止日期,公开方式', ...rows].join('\r\n')
    const { slowest, calls } = await slowestWhile(Promise.resolve(t.api.app.request('/api/v1/imports/needs?dryRun=false', { method: 'POST', body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' } })).then(async (r) => {
      const report = await r.json()
      expect(r.status, JSON.stringify(report).slice(0, 500)).toBe(200)
      expect(report.created).toBe(400)
    }))
    expect(calls).toBeGreaterThan(3)
    expect(slowest).toBeLessThan(500)
  })
})

describe('guessing is throttled', () => {
  test('after 20 failed sign-ins a client is told to wait (429, Retry-After), and may try again later', async () => {
    const saved = t.clock.now
    try {
      const statuses: number[] = []
      for (let i = 0; i < 25; i++) statuses.push((await t.api.as(`jq_wrong-token-number-${i}-0000000000`).get('/api/v1/me')).status)
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
      expect(statuses.slice(20).every((s) => s === 429)).toBe(true)
      const refused = await t.api.as('jq_another-wrong-token-00000000000').get('/api/v1/me')
      expect(refused.status).toBe(429)
      expect(refused.headers.get('content-type')).toContain('application/problem+json')
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      // Even the right token waits: the client is what is throttled.
      expect((await t.api.get('/api/v1/me')).status).toBe(429)
      t.clock.now = new Date(t.clock.now.getTime() + 61_000)
      expect((await t.api.get('/api/v1/me')).status).toBe(200)
      // Link guesses count the same way.
      const links: number[] = []
      for (let i = 0; i < 22; i++) links.push((await t.api.app.request(`/answer/guess-${i}`)).status)
      expect(links.slice(0, 20).every((s) => s === 404)).toBe(true)
      expect(links.at(-1)).toBe(429)
    } finally {
      t.clock.now = new Date(saved.getTime() + 200_000)
    }
  })
})

describe('headers', () => {
  test('pages cannot be framed or sniffed; credential pages and contact data are never cached', async () => {
    const docs = await t.api.app.request('/docs')
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(docs.headers.get('x-frame-options')).toBe('DENY')
    expect(docs.headers.get('x-content-type-options')).toBe('nosniff')
    const page = await t.api.app.request('/follow-up/jq_not-a-real-token-000000')
    expect(page.status).toBe(404)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('cache-control')).toBe('no-store')
    const people = await t.api.raw('/api/v1/people')
    expect(people.headers.get('cache-control')).toBe('no-store')
  })
})

describe('who changed what', () => {
  test('changes to organisations, people, tokens and sessions are recorded with actor and time, for coordinators', async () => {
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id)
    const colleague = await buildPerson(t.api, org.id, { name: '赵敏' })
    expect((await member.client.patch(`/api/v1/people/${colleague.id}`, { position: '技术总监' })).status).toBe(200)
    expect((await t.api.patch(`/api/v1/organizations/${org.id}`, { description: '纺织企业' })).status).toBe(200)
    expect((await member.client.post(`/api/v1/tokens/${member.tokenId}/revoke`, {})).status).toBeLessThan(300)
    const person = (await t.api.get(`/api/v1/audit?entity=person&entityId=${colleague.id}`)).body.items
    expect(person.map((e: any) => e.action)).toEqual(['updated', 'created'])
    expect(person[0]).toMatchObject({ actorId: member.person.id, actorName: member.person.name, changes: { position: { from: null, to: '技术总监' } } })
    expect(person[0].at).toBe(t.clock.now.toISOString())
    expect((await t.api.get(`/api/v1/audit?entity=organization&entityId=${org.id}`)).body.items[0]).toMatchObject({ action: 'updated', changes: { description: { to: '纺织企业' } } })
    expect((await t.api.get(`/api/v1/audit?entity=token&entityId=${member.tokenId}`)).body.items.map((e: any) => e.action)).toEqual(['revoked', 'issued'])
    const other = await buildMember(t.api, org.id)
    expect((await other.client.get('/api/v1/audit')).status).toBe(403)
  })
})
