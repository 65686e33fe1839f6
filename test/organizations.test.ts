import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildEnterprise, buildMember, buildPerson, buildProvider, addTerms } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

describe('organizations', () => {
  test('a coordinator registers an enterprise and a provider; 201 with the record and its id', async () => {
    const enterprise = await t.api.post('/api/v1/organizations', {
      kind: 'enterprise', name: '山东如意毛纺服装集团', county: '嘉祥县', industryChains: ['纺织服装', '纺织服装'], creditCode: '91370800MA3C4XY71K',
    })
    expect(enterprise.status).toBe(201)
    expect(enterprise.body).toMatchObject({ kind: 'enterprise', providerType: null, industryChains: ['纺织服装'], creditCode: '91370800MA3C4XY71K' })
    expect(enterprise.body.id).toMatch(/^[0-9a-f-]{36}$/)

    const provider = await t.api.post('/api/v1/organizations', { kind: 'provider', providerType: 'provincial_society', name: '山东纺织工程学会', county: '济南市' })
    expect(provider.status).toBe(201)
    expect((await t.api.get(`/api/v1/organizations/${provider.body.id}`)).body.name).toBe('山东纺织工程学会')
  })

  test('the kind and provider type must agree', async () => {
    const noType = await t.api.post('/api/v1/organizations', { kind: 'provider', name: '某研究院', county: '任城区' })
    expect(noType.status).toBe(400)
    expect(noType.body.errors).toContainEqual(expect.objectContaining({ path: 'providerType' }))
    const typed = await t.api.post('/api/v1/organizations', { kind: 'enterprise', providerType: 'university', name: '某企业', county: '任城区' })
    expect(typed.status).toBe(400)
  })

  test('a second organisation of the same name or credit code is a 409', async () => {
    const first = await buildEnterprise(t.api, { creditCode: '91370811MA3D5ABC2X' })
    const sameName = await t.api.post('/api/v1/organizations', { kind: 'enterprise', name: first.name, county: '任城区' })
    expect(sameName.status).toBe(409)
    expect(sameName.body.detail).toContain('同名机构')
    const sameCode = await t.api.post('/api/v1/organizations', { kind: 'enterprise', name: '另一家企业', county: '任城区', creditCode: '91370811MA3D5ABC2X' })
    expect(sameCode.status).toBe(409)
    expect(sameCode.body.detail).toContain('信用代码')
  })

  test('list filters by kind, provider type, county, industry chain and name, newest first, with a cursor', async () => {
    const county = `测试县${Date.now()}`
    await addTerms(t.api, { counties: [county] })
    const a = await buildEnterprise(t.api, { county, industryChains: ['高端化工'], name: `鲁南化工${Date.now()}` })
    const b = await buildEnterprise(t.api, { county, industryChains: ['新材料'] })
    const c = await buildProvider(t.api, { county, providerType: 'institute' })

    const byCounty = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}`)
    expect(byCounty.body.items.map((o: any) => o.id)).toEqual([c.id, b.id, a.id])
    const enterprises = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}&kind=enterprise`)
    expect(enterprises.body.items.map((o: any) => o.id)).toEqual([b.id, a.id])
    const institutes = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}&providerType=institute`)
    expect(institutes.body.items.map((o: any) => o.id)).toEqual([c.id])
    const chain = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}&industryChain=${encodeURIComponent('高端化工')}`)
    expect(chain.body.items.map((o: any) => o.id)).toEqual([a.id])
    const named = await t.api.get(`/api/v1/organizations?q=${encodeURIComponent('鲁南化工')}`)
    expect(named.body.items.map((o: any) => o.id)).toEqual([a.id])

    const page1 = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}&limit=2`)
    expect(page1.body.items).toHaveLength(2)
    const page2 = await t.api.get(`/api/v1/organizations?county=${encodeURIComponent(county)}&limit=2&cursor=${page1.body.nextCursor}`)
    expect(page2.body.items.map((o: any) => o.id)).toEqual([a.id])
    expect(page2.body.nextCursor).toBeNull()
  })

  test('staff edit their own organisation, not another, and cannot register organisations', async () => {
    const mine = await buildEnterprise(t.api)
    const other = await buildEnterprise(t.api)
    const member = await buildMember(t.api, mine.id)
    const edit = await member.client.patch(`/api/v1/organizations/${mine.id}`, { description: '年产高档面料 3000 万米' })
    expect(edit.status).toBe(200)
    expect(edit.body.description).toBe('年产高档面料 3000 万米')
    const foreign = await member.client.patch(`/api/v1/organizations/${other.id}`, { description: '篡改' })
    expect(foreign.status).toBe(403)
    expect((await t.api.get(`/api/v1/organizations/${other.id}`)).body.description).toBe('')
    expect((await member.client.post('/api/v1/organizations', { kind: 'enterprise', name: '自建企业', county: '任城区' })).status).toBe(403)
  })
})

describe('people', () => {
  test('staff add colleagues to their own organisation only', async () => {
    const mine = await buildEnterprise(t.api)
    const other = await buildEnterprise(t.api)
    const member = await buildMember(t.api, mine.id)
    const colleague = await member.client.post('/api/v1/people', { organizationId: mine.id, name: '张工', position: '技术总监', phone: '+86 537 1234567', email: 'zhang@example.org' })
    expect(colleague.status).toBe(201)
    expect(colleague.body).toMatchObject({ accessRole: 'member', organizationId: mine.id, language: 'zh' })
    expect((await member.client.post('/api/v1/people', { organizationId: other.id, name: '外人' })).status).toBe(403)
    expect((await member.client.post('/api/v1/people', { organizationId: null, name: '假科协' })).status).toBe(403)
  })

  test('a coordinator finds a person by part of the name, e-mail or phone; staff only among colleagues', async () => {
    const mine = await buildEnterprise(t.api)
    const other = await buildEnterprise(t.api)
    const li = await buildPerson(t.api, mine.id, { name: '李建国', phone: '13805370001' })
    const far = await buildPerson(t.api, other.id, { name: '李建民', phone: '13805370002' })
    const ids = async (client: typeof t.api, q: string) => (await client.get(`/api/v1/people?q=${encodeURIComponent(q)}&limit=100`)).body.items.map((p: any) => p.id)
    expect(await ids(t.api, '5370001')).toEqual([li.id])
    expect((await ids(t.api, '李建')).sort()).toEqual([li.id, far.id].sort())
    expect(await ids(t.api, li.email.slice(0, 6))).toContain(li.id)
    const member = await buildMember(t.api, mine.id)
    expect(await ids(member.client, '李建')).toEqual([li.id])
    expect((await t.api.get(`/api/v1/people/${li.id}`)).body.accessDisabled).toBe(false)
  })

  test('contact details are not shown outside the organisation', async () => {
    const a = await buildEnterprise(t.api)
    const b = await buildProvider(t.api)
    const aMember = await buildMember(t.api, a.id)
    const bPerson = await buildPerson(t.api, b.id)
    expect((await aMember.client.get(`/api/v1/people/${bPerson.id}`)).status).toBe(404)
    expect((await aMember.client.get(`/api/v1/people?organizationId=${b.id}`)).status).toBe(403)
    const own = await aMember.client.get('/api/v1/people')
    expect(own.body.items.every((p: any) => p.organizationId === a.id)).toBe(true)
    expect((await aMember.client.patch(`/api/v1/people/${bPerson.id}`, { name: 'x' })).status).toBe(404)
    expect((await t.api.get(`/api/v1/people/${bPerson.id}`)).body.email).toBe(bPerson.email)
  })

  test('a person edits their own details; the language chooses their e-mails', async () => {
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id)
    const r = await member.client.patch(`/api/v1/people/${member.person.id}`, { phone: '+86 537 7654321', position: '副总经理', language: 'en' })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ phone: '+86 537 7654321', position: '副总经理', language: 'en' })
    expect((await member.client.get('/api/v1/people')).body.items.map((p: any) => p.id)).toContain(member.person.id)
  })

  test('an e-mail address belongs to one person of an organisation, whatever its case', async () => {
    const org = await buildEnterprise(t.api)
    await buildPerson(t.api, org.id, { email: 'li.ming@example.org' })
    const again = await t.api.post('/api/v1/people', { organizationId: org.id, name: '李明', email: 'Li.Ming@example.org' })
    expect(again.status).toBe(409)
    expect(again.body.detail).toContain('本机构')
  })

  test('staff cannot probe whether an address belongs to someone in another organisation', async () => {
    const elsewhere = await buildEnterprise(t.api)
    await buildPerson(t.api, elsewhere.id, { email: 'secret.person@example.org' })
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id)
    const colleague = await buildPerson(t.api, org.id)
    // Taken elsewhere or free: the same answer, and the change is made.
    const taken = await member.client.patch(`/api/v1/people/${colleague.id}`, { email: 'secret.person@example.org' })
    const free = await member.client.patch(`/api/v1/people/${member.person.id}`, { email: 'free.person@example.org' })
    expect([taken.status, free.status]).toEqual([200, 200])
    expect(taken.body.email).toBe('secret.person@example.org')
    expect((await member.client.post('/api/v1/people', { organizationId: org.id, name: '王芳', email: 'Secret.Person@example.org' })).status).toBe(409) // now a colleague's
  })
})
