import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { dispatchVia } from './support/dispatch.ts'
import { SmtpSink } from './support/smtp-sink.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
const sink = new SmtpSink()
beforeAll(async () => {
  t = await createTestApp()
  await sink.start()
})
afterAll(async () => {
  await sink.stop()
  await t?.close()
})

/** A published need with its contact, and a provider with a published capability and a member who speaks for it. */
async function setUp() {
  const enterprise = await buildEnterprise(t.api)
  const contact = await buildPerson(t.api, enterprise.id, { name: '李建国' })
  const need = await buildNeed(t.api, enterprise.id, { title: `布面疵点检测${Date.now()}`, contactPersonId: contact.id })
  const provider = await buildProvider(t.api, { name: `山东纺织工程学会${Date.now()}`, providerType: 'provincial_society' })
  const capability = await buildCapability(t.api, provider.id, { title: '织物疵点机器视觉检测' })
  const secretary = await buildMember(t.api, provider.id)
  const owner = await buildMember(t.api, enterprise.id)
  return { enterprise, contact, need, provider, capability, secretary, owner }
}

describe('「我能解决」: a provider offers to solve a need', () => {
  test('the offer reaches the enterprise by mail, counts in the funnel, and once accepted is a shortlisted pair the provider hears of', async () => {
    const { need, capability, secretary, owner, contact, provider } = await setUp()
    const offered = await secretary.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: '我们为三家织厂做过在线验布改造。' })
    expect(offered.status).toBe(201)
    expect(offered.body.status).toBe('pending')
    expect((await secretary.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: '再来一次' })).status).toBe(409)

    // The enterprise sees it on its need; the need is now matched, and the funnel counts it.
    const seen = (await owner.client.get(`/api/v1/interests?needId=${need.id}`)).body.items
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ capabilityTitle: '织物疵点机器视觉检测', providerName: provider.name, note: '我们为三家织厂做过在线验布改造。', status: 'pending' })
    expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.status).toBe('matched')
    const funnel = (await t.api.get('/api/v1/reports/funnel?from=2026-01-01&to=2026-12-31')).body.items
    expect(funnel.find((s: any) => s.stage === 'matched').count).toBeGreaterThanOrEqual(1)

    const before = sink.received.length
    await dispatchVia(t.deps, sink.url)
    const toEnterprise = sink.received.slice(before).find((m) => m.parsed.subject?.startsWith('有服务方能解决您的需求'))!
    expect(toEnterprise.raw).toContain(contact.email)
    expect(toEnterprise.parsed.text).toContain(`${provider.name}表示能解决您发布的需求`)
    expect(toEnterprise.parsed.text).toContain(`https://jinqiao.example.org/needs/${need.id}`)

    // The provider may not answer its own offer; the enterprise accepts it.
    expect((await secretary.client.post(`/api/v1/interests/${seen[0].id}/decision`, { status: 'accepted' })).status).toBe(403)
    const accepted = await owner.client.post(`/api/v1/interests/${seen[0].id}/decision`, { status: 'accepted', note: '欢迎下周来厂里看看' })
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ status: 'accepted', decisionNote: '欢迎下周来厂里看看' })
    expect((await owner.client.post(`/api/v1/interests/${seen[0].id}/decision`, { status: 'declined' })).status).toBe(409)
    const match = (await t.api.get(`/api/v1/matches?needId=${need.id}`)).body.items[0]
    expect(match).toMatchObject({ capabilityId: capability.id, status: 'shortlisted' })
    expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.status).toBe('shortlisted')

    const next = sink.received.length
    await dispatchVia(t.deps, sink.url)
    const toProvider = sink.received.slice(next).find((m) => m.parsed.subject?.startsWith('揭榜已被接受'))!
    expect(toProvider.raw).toContain(secretary.person.email)
    expect(toProvider.parsed.text).toContain('欢迎下周来厂里看看')
  })

  test('a declined offer no longer counts as a match; only the offering provider, the enterprise and coordinators see it', async () => {
    const { need, capability, secretary, owner } = await setUp()
    const offered = (await secretary.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: '可以试试' })).body
    const rival = await buildMember(t.api, (await buildProvider(t.api)).id)
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await rival.client.get(`/api/v1/interests?needId=${need.id}`)).body.items).toEqual([])
    expect((await stranger.client.get('/api/v1/interests')).body.items.map((i: any) => i.id)).not.toContain(offered.id)
    expect((await t.api.get(`/api/v1/interests?needId=${need.id}`)).body.items.map((i: any) => i.id)).toEqual([offered.id])
    expect((await secretary.client.get('/api/v1/interests')).body.items.map((i: any) => i.id)).toContain(offered.id)
    // Nobody else answers it, nor learns it exists.
    expect((await stranger.client.post(`/api/v1/interests/${offered.id}/decision`, { status: 'declined' })).status).toBe(404)
    expect((await rival.client.post(`/api/v1/interests/${offered.id}/decision`, { status: 'declined' })).status).toBe(404)
    expect((await owner.client.post(`/api/v1/interests/${offered.id}/decision`, { status: 'declined', note: '已有合作单位' })).body.status).toBe('declined')
    expect((await t.api.get(`/api/v1/matches?needId=${need.id}`)).body.items).toEqual([])
  })

  test('only provider staff offer, with a published capability of their own, on a need they may see and still open', async () => {
    const { need, capability, secretary, owner, provider } = await setUp()
    expect((await owner.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: 'x' })).status).toBe(403)
    const rival = await buildMember(t.api, (await buildProvider(t.api)).id)
    expect((await rival.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: 'x' })).status).toBe(403)
    const draft = await buildCapability(t.api, provider.id, { status: 'draft' })
    expect((await secretary.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: draft.id, note: 'x' })).status).toBe(409)
    const hidden = await buildNeed(t.api, (await buildEnterprise(t.api)).id, { visibility: 'confidential' })
    expect((await secretary.client.post(`/api/v1/needs/${hidden.id}/interests`, { capabilityId: capability.id, note: 'x' })).status).toBe(404)
    const draftNeed = await buildNeed(t.api, (await buildEnterprise(t.api)).id, { status: 'draft' })
    expect((await secretary.client.post(`/api/v1/needs/${draftNeed.id}/interests`, { capabilityId: capability.id, note: 'x' })).status).toBe(404)
    expect((await secretary.client.post(`/api/v1/needs/${need.id}/interests`, { capabilityId: capability.id, note: '' })).status).toBe(400)
  })
})
