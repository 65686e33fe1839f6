import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildMember, buildPerson, buildProvider, addTerms } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })
const q = encodeURIComponent

describe('capabilities', () => {
  test('provider staff offer a capability with the experts behind it', async () => {
    const university = await buildProvider(t.api, { name: `山东理工大学${Date.now()}` })
    const member = await buildMember(t.api, university.id)
    const expert = await buildPerson(t.api, university.id, { name: '王教授', position: '教授、博士生导师' })
    const r = await member.client.post('/api/v1/capabilities', {
      title: '织物缺陷机器视觉检测', description: '基于深度学习的织物表面缺陷在线检测，识别 20 余类疵点。', keywords: ['机器视觉', '缺陷检测'],
      fields: ['人工智能'], industryChains: ['纺织服装'], serviceTypes: ['equipment_development', 'key_technology'], cooperationModes: ['development', 'transfer'],
      readinessLevel: 7, regionsServed: ['汶上县', '嘉祥县'], capacityPerMonth: 6, expertIds: [expert.id], status: 'published',
    })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({ view: 'full', organizationId: university.id, readinessLevel: 7, capacityPerMonth: 6, status: 'published' })
    expect(r.body.experts).toEqual([{ id: expert.id, name: '王教授', position: '教授、博士生导师' }])
    expect((await member.client.get(`/api/v1/capabilities/${r.body.id}`)).body).toEqual(r.body)
  })

  test('experts must belong to the provider', async () => {
    const provider = await buildProvider(t.api)
    const outsider = await buildPerson(t.api, (await buildProvider(t.api)).id)
    const r = await t.api.post('/api/v1/capabilities', { organizationId: provider.id, title: 'x', description: 'y', keywords: [], expertIds: [outsider.id] })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].path).toBe('expertIds')
    const enterprise = await buildEnterprise(t.api)
    expect((await t.api.post('/api/v1/capabilities', { organizationId: enterprise.id, title: 'x', description: 'y', keywords: [] })).status).toBe(400)
  })

  test('changing experts and status is recorded in the history', async () => {
    const provider = await buildProvider(t.api)
    const a = await buildPerson(t.api, provider.id, { name: '甲专家' })
    const b = await buildPerson(t.api, provider.id, { name: '乙专家' })
    const cap = await buildCapability(t.api, provider.id, { expertIds: [a.id], status: 'draft' })
    const r = await t.api.patch(`/api/v1/capabilities/${cap.id}`, { expertIds: [b.id, a.id], status: 'published', statusReason: '审核通过' })
    expect(r.status).toBe(200)
    expect(r.body.experts.map((e: any) => e.name).sort()).toEqual(['乙专家', '甲专家'])
    const history = (await t.api.get(`/api/v1/capabilities/${cap.id}/history`)).body.items
    expect(history.map((h: any) => h.action)).toEqual(['created', 'updated', 'status_changed'])
    expect(history[1].changes.expertIds.to).toEqual([a.id, b.id].sort())
    expect(history[2]).toMatchObject({ fromStatus: 'draft', toStatus: 'published', reason: '审核通过' })
  })

  test('filters: county served (or anywhere), industry chain, service type, organisation, status and text', async () => {
    const provider = await buildProvider(t.api)
    const chain = `能力链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    const local = await buildCapability(t.api, provider.id, { industryChains: [chain], regionsServed: ['微山县'], serviceTypes: ['testing_certification'], title: '水产品质量检测' })
    const anywhere = await buildCapability(t.api, provider.id, { industryChains: [chain], regionsServed: [], serviceTypes: ['consulting'], title: '渔业养殖咨询', description: '池塘循环水养殖技术' })
    const far = await buildCapability(t.api, provider.id, { industryChains: [chain], regionsServed: ['梁山县'], serviceTypes: ['consulting'], title: '专用车轻量化', status: 'draft' })
    const list = async (query: string) => (await t.api.get(`/api/v1/capabilities?industryChain=${q(chain)}&${query}`)).body.items.map((c: any) => c.id)
    expect(await list('')).toEqual([far.id, anywhere.id, local.id])
    expect(await list(`county=${q('微山县')}`)).toEqual([anywhere.id, local.id])
    expect(await list('serviceType=consulting')).toEqual([far.id, anywhere.id])
    expect(await list('status=published')).toEqual([anywhere.id, local.id])
    expect(await list(`organizationId=${provider.id}&q=${q('循环水')}`)).toEqual([anywhere.id])
    expect(await list(`q=${q('检测 水产')}`)).toEqual([local.id])
  })
})
