import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as XLSX from 'xlsx'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider, addTerms } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// A known year of a programme, then every figure of the summary checked against it.

let t: TestApp
const o: Record<string, any> = {}
beforeAll(async () => {
  t = await createTestApp()
  const chainTag = Date.now().toString(36)
  o.textile = `纺织服装${chainTag}`
  o.salt = `煤盐化工${chainTag}`
  o.wenshang = `汶上县${chainTag}`
  o.zoucheng = `邹城市${chainTag}`
  await addTerms(t.api, { counties: [o.wenshang, o.zoucheng], industryChains: [o.textile, o.salt] })
  o.N1 = await buildProvider(t.api, { providerType: 'national_society' })
  o.P1 = await buildProvider(t.api, { providerType: 'provincial_society' })
  o.U1 = await buildProvider(t.api, { providerType: 'university' })
  o.I1 = await buildProvider(t.api, { providerType: 'institute' })
  o.E1 = await buildEnterprise(t.api, { county: o.wenshang, industryChains: [o.textile] })
  o.E2 = await buildEnterprise(t.api, { county: o.zoucheng, industryChains: [o.salt] })
  o.E3 = await buildEnterprise(t.api, { county: o.wenshang, industryChains: [o.textile] })
  for (const [k, org] of [['x1', 'N1'], ['x2', 'P1'], ['x3', 'U1'], ['x4', 'I1'], ['c1', 'E1'], ['c2', 'E2'], ['c3', 'E3']]) o[k!] = await buildPerson(t.api, o[org!].id)
  o.n1 = await buildNeed(t.api, o.E1.id, { county: o.wenshang, industryChain: o.textile })
  o.n2 = await buildNeed(t.api, o.E2.id, { county: o.zoucheng, industryChain: o.salt })
  o.n3 = await buildNeed(t.api, o.E3.id, { county: o.wenshang, industryChain: o.textile })
  o.n4 = await buildNeed(t.api, o.E1.id, { county: o.wenshang, industryChain: o.textile, status: 'draft' })
  for (const p of ['N1', 'P1', 'U1', 'I1']) o[`cap${p}`] = await buildCapability(t.api, o[p].id)

  const event = async (county: string, date: string) =>
    (await t.api.post('/api/v1/events', { title: `活动${date}`, kind: 'online', county, days: [{ date, opens: '08:00', closes: '18:00' }], invitedOrganizationIds: [] })).body
  const session = async (ev: any, date: string, time: string, need: string, cap: string, people: string[], status: string) => {
    const r = await t.api.post(`/api/v1/events/${ev.id}/sessions`, { needId: o[need].id, capabilityId: o[cap].id, attendeeIds: people.map((p) => o[p].id), startsAt: `${date}T${time}:00+08:00`, endsAt: `${date}T${time.slice(0, 2)}:30:00+08:00` })
    expect(r.status).toBe(201)
    // Held is recorded after the session, so the clock moves past it for that moment.
    const today = t.clock.now
    t.clock.now = new Date(r.body.endsAt)
    expect((await t.api.patch(`/api/v1/sessions/${r.body.id}`, { status })).status).toBe(200)
    t.clock.now = today
    return r.body
  }
  const A = await event(o.wenshang, '2026-12-05')
  const B = await event(o.zoucheng, '2026-12-06')
  const C = await event(o.zoucheng, '2027-01-10')
  await session(A, '2026-12-05', '09:00', 'n1', 'capN1', ['c1', 'x1'], 'held')
  await session(A, '2026-12-05', '10:00', 'n3', 'capU1', ['c3', 'x3'], 'held')
  await session(A, '2026-12-05', '11:00', 'n1', 'capP1', ['c1', 'x2'], 'cancelled')
  await session(B, '2026-12-06', '09:00', 'n2', 'capI1', ['c2', 'x4'], 'held')
  await session(B, '2026-12-06', '10:00', 'n2', 'capP1', ['c2', 'x2'], 'confirmed')
  await session(C, '2027-01-10', '09:00', 'n2', 'capN1', ['c2', 'x1'], 'held')

  const record = async (path: string, body: object) => {
    const r = await t.api.post(path, body)
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    return r.body
  }
  o.i1 = await record('/api/v1/intentions', { enterpriseId: o.E1.id, providerId: o.N1.id, needIds: [o.n1.id], statedOn: '2026-12-05', description: '合作开发在线验布系统' })
  await record('/api/v1/intentions', { enterpriseId: o.E2.id, providerId: o.I1.id, needIds: [o.n2.id], statedOn: '2026-12-06', description: '高盐废水中试' })
  await record('/api/v1/intentions', { enterpriseId: o.E3.id, providerId: o.U1.id, statedOn: '2027-01-11', description: '共建实验室' })
  o.a1 = await record('/api/v1/agreements', { enterpriseId: o.E1.id, providerId: o.N1.id, intentionId: o.i1.id, needIds: [o.n1.id], kind: 'development', signedOn: '2026-12-20', amountYuan: 500000 })
  await record('/api/v1/agreements', { enterpriseId: o.E2.id, providerId: o.I1.id, kind: 'service_station', signedOn: '2026-12-21' })
  o.a3 = await record('/api/v1/agreements', { enterpriseId: o.E3.id, providerId: o.U1.id, kind: 'transfer', signedOn: '2027-02-01', amountYuan: 100000 })
  await record(`/api/v1/needs/${o.n1.id}/resolution`, { how: 'agreement', agreementId: o.a1.id, evidence: '验收报告', resolvedOn: '2026-12-28' })
  await record(`/api/v1/needs/${o.n2.id}/resolution`, { how: 'outside', evidence: '企业自行解决', resolvedOn: '2027-01-05' })
}, 120_000)
afterAll(async () => { await t?.close() })

const summary = async (query: string) => {
  const r = await t.api.get(`/api/v1/reports/summary?${query}`)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  const { period: _, ...figures } = r.body
  return figures
}

describe('the yearly figures', () => {
  // Other test files' data lives in other databases or schemas; the county and chain names here are unique.
  test('every figure for 2026', async () => {
    expect(await summary('from=2026-01-01&to=2026-12-31')).toEqual({
      nationalSocieties: 1, provincialSocieties: 0, universitiesAndInstitutes: 2, experts: 3, eventsHeld: 2, sessionsHeld: 3,
      enterprisesServed: 3, industryChainsServed: 2, needsCollected: 3, needsResolved: 1, intentions: 2, agreements: 2,
      agreementAmountYuan: 500000, serviceStations: 1,
    })
  })

  test('every figure for 2026, one county at a time', async () => {
    const wenshang = await summary(`from=2026-01-01&to=2026-12-31&county=${encodeURIComponent(o.wenshang)}`)
    expect(wenshang).toEqual({
      nationalSocieties: 1, provincialSocieties: 0, universitiesAndInstitutes: 1, experts: 2, eventsHeld: 1, sessionsHeld: 2,
      enterprisesServed: 2, industryChainsServed: 1, needsCollected: 2, needsResolved: 1, intentions: 1, agreements: 1,
      agreementAmountYuan: 500000, serviceStations: 0,
    })
    const zoucheng = await summary(`from=2026-01-01&to=2026-12-31&county=${encodeURIComponent(o.zoucheng)}`)
    expect(zoucheng).toEqual({
      nationalSocieties: 0, provincialSocieties: 0, universitiesAndInstitutes: 1, experts: 1, eventsHeld: 1, sessionsHeld: 1,
      enterprisesServed: 1, industryChainsServed: 1, needsCollected: 1, needsResolved: 0, intentions: 1, agreements: 1,
      agreementAmountYuan: 0, serviceStations: 1,
    })
  })

  test('by industry chain, and for another period', async () => {
    const salt = await summary(`from=2026-01-01&to=2026-12-31&industryChain=${encodeURIComponent(o.salt)}`)
    expect(salt).toMatchObject({ sessionsHeld: 1, eventsHeld: 1, experts: 1, enterprisesServed: 1, needsCollected: 1, needsResolved: 0, intentions: 1, agreements: 1, serviceStations: 1 })
    const next = await summary(`from=2027-01-01&to=2027-12-31&county=${encodeURIComponent(o.zoucheng)}`)
    expect(next).toMatchObject({ sessionsHeld: 1, nationalSocieties: 1, experts: 1, needsCollected: 0, needsResolved: 1, intentions: 0, agreements: 0 })
  })

  test('breakdowns by county, industry chain and month agree with the summary', async () => {
    const byCounty = (await t.api.get('/api/v1/reports/breakdown?from=2026-01-01&to=2026-12-31&by=county')).body.items
    expect(byCounty.find((r: any) => r.key === o.wenshang)).toMatchObject({ sessionsHeld: 2, needsCollected: 2, intentions: 1 })
    expect(byCounty.find((r: any) => r.key === o.zoucheng)).toMatchObject({ sessionsHeld: 1, needsCollected: 1, serviceStations: 1 })
    const byChain = (await t.api.get('/api/v1/reports/breakdown?from=2026-01-01&to=2026-12-31&by=industryChain')).body.items
    expect(byChain.find((r: any) => r.key === o.textile)).toMatchObject({ sessionsHeld: 2, needsResolved: 1 })
    const byMonth = (await t.api.get('/api/v1/reports/breakdown?from=2026-11-01&to=2027-01-31&by=month')).body.items
    expect(byMonth.map((r: any) => [r.key, r.sessionsHeld, r.needsCollected, r.agreements])).toEqual([['2026-11', 0, 3, 0], ['2026-12', 3, 0, 2], ['2027-01', 1, 0, 0]])
    expect((await t.api.get('/api/v1/reports/breakdown?from=2026-01-01&to=2026-12-31&by=colour')).status).toBe(400)
  })

  test('the funnel follows the needs filed in the period to where they got, with conversion rates', async () => {
    const r = await t.api.get(`/api/v1/reports/funnel?from=2026-01-01&to=2026-12-31&county=${encodeURIComponent(o.wenshang)}`)
    // n1: session held, intention, agreement, resolved; n3: session held, nothing more.
    expect(r.body.items.map((s: any) => [s.stage, s.count, s.conversion])).toEqual([
      ['filed', 2, null], ['matched', 2, 1], ['inSession', 2, 1], ['held', 2, 1], ['intention', 1, 0.5], ['agreement', 1, 1], ['resolved', 1, 1],
    ])
  })

  test('outcome lists, and the figures with both lists as one workbook', async () => {
    const intentions = (await t.api.get('/api/v1/intentions?from=2026-01-01&to=2026-12-31')).body.items
    expect(intentions.map((i: any) => i.statedOn)).toEqual(['2026-12-06', '2026-12-05'])
    const staff = await buildMember(t.api, o.E1.id)
    expect((await staff.client.get('/api/v1/agreements')).body.items.map((a: any) => a.enterpriseId)).toEqual([o.E1.id])
    const res = await t.api.app.request(`/api/v1/exports/figures.xlsx?from=2026-01-01&to=2026-12-31&county=${encodeURIComponent(o.wenshang)}`, { headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' } })
    expect(res.status).toBe(200)
    const book = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array' })
    expect(book.SheetNames).toEqual(['统计数字', '合作意向', '合作协议'])
    const figures = Object.fromEntries(XLSX.utils.sheet_to_json<any[]>(book.Sheets['统计数字']!, { header: 1 }).slice(1))
    expect(figures).toMatchObject({ 统计期间: '2026-01-01 至 2026-12-31', '技术对接活动（场）': 1, '对接洽谈（场）': 2, '建立专家服务站（个）': 0 })
    const agreements = XLSX.utils.sheet_to_json<any>(book.Sheets['合作协议']!)
    expect(agreements.some((a: any) => a['类型'] === '技术开发' && a['企业'] === o.E1.name)).toBe(true)
  })

  test('sessions and outcomes move the needs along the funnel, each move recorded', async () => {
    const history = (await t.api.get(`/api/v1/needs/${o.n1.id}/history`)).body.items.filter((h: any) => h.action === 'status_changed')
    // Held is recorded on the session's day, later on this test's clock than the outcomes.
    expect(history.map((h: any) => h.toStatus).sort()).toEqual(['agreement', 'held', 'intention', 'resolved', 'scheduled'])
    expect((await t.api.get(`/api/v1/needs/${o.n1.id}`)).body.status).toBe('resolved')
    expect((await t.api.get(`/api/v1/needs/${o.n3.id}`)).body.status).toBe('held')
  })

  test('a correction keeps the previous version, with who changed it and why; the figures follow', async () => {
    // Corrects the 2027 agreement, which no other test here counts.
    const r = await t.api.patch(`/api/v1/agreements/${o.a3.id}`, { amountYuan: 150000, reason: '补充协议增加经费' })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ version: 2, amountYuan: 150000 })
    const versions = (await t.api.get(`/api/v1/agreements/${o.a3.id}/versions`)).body.items
    expect(versions.map((v: any) => [v.version, v.snapshot.amountYuan, v.reason])).toEqual([[1, 100000, '补充协议增加经费'], [2, 150000, null]])
    expect((await summary(`from=2027-01-01&to=2027-12-31&county=${encodeURIComponent(o.wenshang)}`)).agreementAmountYuan).toBe(150000)
    expect((await t.api.patch(`/api/v1/agreements/${o.a3.id}`, { amountYuan: 1 })).status).toBe(400)
    const intention = await t.api.patch(`/api/v1/intentions/${o.i1.id}`, { description: '合作开发在线验布系统（含软件）', reason: '描述补充' })
    expect(intention.body).toMatchObject({ version: 2, statedOn: '2026-12-05' })
    const staff = await buildMember(t.api, o.E1.id)
    expect((await staff.client.patch(`/api/v1/agreements/${o.a1.id}`, { amountYuan: 1, reason: 'x' })).status).toBe(403)
  })

  test('bad and unauthorised recordings are refused and change nothing', async () => {
    const staff = await buildMember(t.api, o.E1.id)
    expect((await staff.client.post('/api/v1/intentions', { enterpriseId: o.E1.id, providerId: o.N1.id, statedOn: '2026-12-05', description: 'x' })).status).toBe(403)
    const figures = await staff.client.get('/api/v1/reports/summary?from=2026-01-01&to=2026-12-31')
    expect(figures.status).toBe(403)
    expect(figures.body.detail).toContain('统计数据由科协工作人员查看')
    expect((await t.api.post('/api/v1/intentions', { enterpriseId: o.N1.id, providerId: o.E1.id, statedOn: '2026-12-05', description: 'x' })).status).toBe(400)
    expect((await t.api.post(`/api/v1/needs/${o.n3.id}/resolution`, { how: 'agreement', evidence: 'x', resolvedOn: '2026-12-01' })).status).toBe(400)
    expect((await t.api.post(`/api/v1/needs/${o.n1.id}/resolution`, { how: 'outside', evidence: 'x', resolvedOn: '2026-12-01' })).status).toBe(409)
    expect((await t.api.get('/api/v1/reports/summary?from=2026-12-31&to=2026-01-01')).status).toBe(400)
    expect((await t.api.post('/api/v1/agreements', { enterpriseId: o.E1.id, providerId: o.N1.id, kind: 'barter', signedOn: '2026-12-05' })).status).toBe(400)
    expect((await t.api.get(`/api/v1/needs/${o.n3.id}`)).body.status).toBe('held')
  })

  test('matching now counts a provider’s record: sessions held and agreements signed', async () => {
    const need = await buildNeed(t.api, o.E1.id, { title: '在线验布', keywords: ['验布'] })
    const items = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=50`)).body.items
    const record = items.find((m: any) => m.capabilityId === o.capN1.id).reasons.find((r: any) => r.kind === 'record')
    // N1's capability held two sessions (one in 2026, one in 2027) and N1 signed one agreement.
    expect(record.text).toBe('已开展对接 2 场、签约 1 项')
    const none = items.find((m: any) => m.capabilityId === o.capP1.id).reasons.find((r: any) => r.kind === 'record')
    expect(none).toBeUndefined()
  })

  test('a need reopened and resolved again keeps its earlier resolution as a version', async () => {
    const need = await buildNeed(t.api, o.E3.id)
    await t.api.post(`/api/v1/needs/${need.id}/resolution`, { how: 'outside', evidence: '第一次', resolvedOn: '2026-06-01' })
    expect((await t.api.patch(`/api/v1/needs/${need.id}`, { status: 'published', statusReason: '问题复现' })).status).toBe(200)
    const again = await t.api.post(`/api/v1/needs/${need.id}/resolution`, { how: 'outside', evidence: '第二次', resolvedOn: '2026-07-01' })
    expect(again.status).toBe(201)
    expect(again.body).toMatchObject({ version: 2, evidence: '第二次' })
    const kept = await t.db.selectFrom('outcomeVersions').select(['version', 'snapshot']).where('entity', '=', 'resolution').execute()
    expect(kept.map((k) => [k.version, (k.snapshot as any).evidence])).toEqual([[1, '第一次']])
  })
})
