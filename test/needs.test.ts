import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildEnterprise, buildMember, buildNeed, buildPerson, addTerms } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

const q = encodeURIComponent

describe('filing and reading needs', () => {
  test('enterprise staff file a need for their own enterprise; it answers 201 with every field', async () => {
    const enterprise = await buildEnterprise(t.api)
    const member = await buildMember(t.api, enterprise.id)
    const r = await member.client.post('/api/v1/needs', {
      title: '高盐废水零排放', description: '废水含盐高，排不出去，希望实现分盐结晶。', county: '邹城市', industryChain: '煤盐化工',
      keywords: ['高盐废水', '零排放'], fields: ['环境工程'], needType: 'key_technology', cooperationModes: ['development', 'consulting'],
      budgetMinYuan: 500000, budgetMaxYuan: 2000000, deadline: '2027-06-30', visibility: 'summary', contactPersonId: member.person.id, status: 'published',
    })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({
      view: 'full', organizationId: enterprise.id, needType: 'key_technology', budgetMaxYuan: 2000000, deadline: '2027-06-30',
      visibility: 'summary', status: 'published', contactPersonId: member.person.id, createdBy: member.person.id,
    })
    const read = await member.client.get(`/api/v1/needs/${r.body.id}`)
    expect(read.body).toEqual(r.body)
    expect(read.body.organizationName).toBe(enterprise.name)
  })

  test('a need read in full names its enterprise; its summary, shown to other staff, does not', async () => {
    const enterprise = await buildEnterprise(t.api)
    await buildNeed(t.api, enterprise.id, { title: `仅摘要需求${Date.now()}`, visibility: 'summary' })
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    const full = (await t.api.get(`/api/v1/needs?organizationId=${enterprise.id}`)).body.items[0]
    expect(full).toMatchObject({ view: 'full', organizationName: enterprise.name })
    const seen = (await stranger.client.get('/api/v1/needs?limit=100')).body.items.find((n: any) => n.id === full.id)
    expect(seen.view).toBe('summary')
    expect(JSON.stringify(seen)).not.toContain(enterprise.name)
  })

  test('the minimal body is accepted: a draft of type other', async () => {
    const enterprise = await buildEnterprise(t.api)
    const r = await t.api.post('/api/v1/needs', { organizationId: enterprise.id, title: '检测', description: '需要检测', county: '任城区', industryChain: '生物医药', keywords: [] })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({ status: 'draft', needType: 'other', visibility: 'public', budgetMinYuan: null })
  })

  test('a coordinator must name the enterprise, and it must be an enterprise', async () => {
    const base = { title: '需求', description: '说明', county: '任城区', industryChain: '新材料', keywords: [] }
    const missing = await t.api.post('/api/v1/needs', base)
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].path).toBe('organizationId')
    const provider = await t.api.post('/api/v1/organizations', { kind: 'provider', providerType: 'university', name: `某大学${Date.now()}`, county: '曲阜市' })
    expect((await t.api.post('/api/v1/needs', { ...base, organizationId: provider.body.id })).status).toBe(400)
    expect((await t.api.post('/api/v1/needs', { ...base, organizationId: '01900000-0000-7000-8000-000000000000' })).status).toBe(404)
  })

  test('the contact must be a person of the enterprise', async () => {
    const enterprise = await buildEnterprise(t.api)
    const stranger = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
    const r = await t.api.post('/api/v1/needs', { organizationId: enterprise.id, title: 'x', description: 'y', county: '任城区', industryChain: '新材料', keywords: [], contactPersonId: stranger.id })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].path).toBe('contactPersonId')
  })
})

describe('changing needs, with history', () => {
  test('an edit and a status change are each recorded with actor, time and values', async () => {
    const enterprise = await buildEnterprise(t.api)
    const member = await buildMember(t.api, enterprise.id)
    const need = await buildNeed(t.api, enterprise.id, { status: 'draft' })
    t.clock.now = new Date('2026-11-24T01:00:00Z')
    const edit = await member.client.patch(`/api/v1/needs/${need.id}`, { title: '布面疵点自动检测', keywords: ['疵点'], status: 'published' })
    expect(edit.status).toBe(200)
    expect(edit.body).toMatchObject({ title: '布面疵点自动检测', status: 'published', updatedAt: '2026-11-24T01:00:00.000Z' })

    const history = await member.client.get(`/api/v1/needs/${need.id}/history`)
    expect(history.status).toBe(200)
    const [created, updated, published] = history.body.items
    expect(created).toMatchObject({ action: 'created', toStatus: 'draft' })
    expect(updated).toMatchObject({ action: 'updated', actorId: member.person.id, at: '2026-11-24T01:00:00.000Z' })
    expect(updated.changes).toEqual({ title: { from: '布面疵点在线视觉检测', to: '布面疵点自动检测' }, keywords: { from: ['疵点', '视觉检测'], to: ['疵点'] } })
    expect(published).toMatchObject({ action: 'status_changed', fromStatus: 'draft', toStatus: 'published', actorName: member.person.name })
  })

  test('a PATCH that changes nothing records nothing', async () => {
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id)
    expect((await t.api.patch(`/api/v1/needs/${need.id}`, { title: need.title })).status).toBe(200)
    expect((await t.api.get(`/api/v1/needs/${need.id}/history`)).body.items).toHaveLength(1)
  })

  test('enterprise staff publish, unpublish and withdraw; the later funnel steps follow from records, never from a PATCH', async () => {
    const enterprise = await buildEnterprise(t.api)
    const member = await buildMember(t.api, enterprise.id)
    const need = await buildNeed(t.api, enterprise.id, { status: 'draft' })
    const path = `/api/v1/needs/${need.id}`
    expect((await member.client.patch(path, { status: 'published' })).status).toBe(200)
    const resolve = await member.client.patch(path, { status: 'resolved' })
    expect(resolve.status).toBe(422)
    expect(resolve.body.type).toBe('/problems/needs-a-record')
    expect(resolve.body.detail).toContain('POST /api/v1/needs/{id}/resolution')
    const steps = { matched: '/api/v1/matches', shortlisted: '/api/v1/matches', scheduled: '/sessions', held: 'PATCH /api/v1/sessions/{id}', intention: '/api/v1/intentions', agreement: '/api/v1/agreements', resolved: '/resolution' }
    const before = (await t.api.get(`${path}/history`)).body.items.length
    for (const [status, endpoint] of Object.entries(steps)) {
      const r = await t.api.patch(path, { status, statusReason: '手工标记' })
      expect(r.status, status).toBe(422)
      expect(r.body.detail).toContain(endpoint)
    }
    expect((await t.api.get(path)).body.status).toBe('published')
    expect((await t.api.get(`${path}/history`)).body.items).toHaveLength(before)
    expect((await member.client.patch(path, { status: 'withdrawn' })).status).toBe(200)
    expect((await member.client.patch(path, { status: 'published' })).status).toBe(403)
  })

  test('a finished need is frozen: reopening is the coordinator’s, with a reason', async () => {
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id)
    const path = `/api/v1/needs/${need.id}`
    expect((await t.api.post(`${path}/resolution`, { how: 'outside', evidence: '已与山东理工大学签约', resolvedOn: '2026-11-20' })).status).toBe(201)
    const edit = await t.api.patch(path, { title: '改标题' })
    expect(edit.status).toBe(409)
    const noReason = await t.api.patch(path, { status: 'published' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].path).toBe('statusReason')
    const reopened = await t.api.patch(path, { status: 'published', statusReason: '协议终止，需求重新征集' })
    expect(reopened.status).toBe(200)
    const last = (await t.api.get(`${path}/history`)).body.items.at(-1)
    expect(last).toMatchObject({ fromStatus: 'resolved', toStatus: 'published', reason: '协议终止，需求重新征集' })
  })

  test('a budget range must stay in order, also when only one bound changes', async () => {
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id, { budgetMinYuan: 100000, budgetMaxYuan: 200000 })
    const r = await t.api.patch(`/api/v1/needs/${need.id}`, { budgetMinYuan: 300000 })
    expect(r.status).toBe(400)
    expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.budgetMinYuan).toBe(100000)
  })
})

describe('listing needs', () => {
  let chain: string
  let ids: Record<string, string>
  beforeAll(async () => {
    chain = `测试链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    const e1 = await buildEnterprise(t.api)
    const e2 = await buildEnterprise(t.api)
    ids = {
      fabric: (await buildNeed(t.api, e1.id, { industryChain: chain, county: '汶上县', title: '布面疵点靠人眼挑', keywords: ['疵点'], needType: 'equipment_development' })).id,
      salt: (await buildNeed(t.api, e2.id, { industryChain: chain, county: '邹城市', title: '高盐废水处理', description: '废水含盐高排不出去', keywords: ['废水'], needType: 'key_technology' })).id,
      draft: (await buildNeed(t.api, e2.id, { industryChain: chain, county: '邹城市', title: '草稿需求', description: '尚未完善', keywords: [], status: 'draft' })).id,
    }
    ids.e1 = e1.id
  })
  const list = async (query: string) => (await t.api.get(`/api/v1/needs?industryChain=${q(chain)}&${query}`)).body.items.map((n: any) => n.id)

  test('each filter narrows the list', async () => {
    expect(await list('')).toEqual([ids.draft, ids.salt, ids.fabric])
    expect(await list('status=draft')).toEqual([ids.draft])
    expect(await list(`county=${q('汶上县')}`)).toEqual([ids.fabric])
    expect(await list(`organizationId=${ids.e1}`)).toEqual([ids.fabric])
    expect(await list('needType=key_technology')).toEqual([ids.salt])
  })

  test('the text filter finds Chinese words anywhere in title, keywords or description, every term required', async () => {
    expect(await list(`q=${q('疵点')}`)).toEqual([ids.fabric])
    expect(await list(`q=${q('排不出')}`)).toEqual([ids.salt])
    expect(await list(`q=${q('废水 含盐')}`)).toEqual([ids.salt])
    expect(await list(`q=${q('废水 疵点')}`)).toEqual([])
    expect(await list(`q=${q('100%')}`)).toEqual([])
  })

  test('the cursor pages through without gaps or repeats while new needs arrive', async () => {
    const enterprise = await buildEnterprise(t.api)
    const pagedChain = `分页链${Date.now()}`
    await addTerms(t.api, { industryChains: [pagedChain] })
    const made: string[] = []
    for (let i = 0; i < 7; i++) made.push((await buildNeed(t.api, enterprise.id, { industryChain: pagedChain, title: `需求${i}` })).id)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const r: any = await t.api.get(`/api/v1/needs?industryChain=${q(pagedChain)}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...r.body.items.map((n: any) => n.id))
      cursor = r.body.nextCursor
      await buildNeed(t.api, enterprise.id, { industryChain: pagedChain, title: '翻页时新来的需求' })
    } while (cursor)
    expect(seen).toEqual([...made].reverse())
  })
})
