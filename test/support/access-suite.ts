import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildProvider, addTerms } from './builders.ts'
import { createTestApp, type TestApp } from './test-app.ts'

// Who may see and change which record: the rules of visibility.ts, through HTTP, for people who
// speak with a bearer token and for people signed in with a session cookie alike.

export function accessSuite(via: 'token' | 'session') {

let t: TestApp
let chain: string
let owner: Awaited<ReturnType<typeof buildMember>>
let otherEnterprise: Awaited<ReturnType<typeof buildMember>>
let provider: Awaited<ReturnType<typeof buildMember>>
let needs: Record<'public' | 'summary' | 'confidential' | 'draft' | 'withdrawn', any>

beforeAll(async () => {
  t = await createTestApp()
  chain = `访问链${Date.now()}`
  await addTerms(t.api, { industryChains: [chain] })
  const ownerOrg = await buildEnterprise(t.api)
  owner = await buildMember(t.api, ownerOrg.id, { via })
  otherEnterprise = await buildMember(t.api, (await buildEnterprise(t.api)).id, { via })
  provider = await buildMember(t.api, (await buildProvider(t.api)).id, { via })
  const make = (overrides: Record<string, unknown>) =>
    buildNeed(t.api, ownerOrg.id, { industryChain: chain, description: '机密工艺参数：温度 1350℃', budgetMaxYuan: 800000, ...overrides })
  needs = {
    public: await make({ visibility: 'public', title: '公开需求' }),
    summary: await make({ visibility: 'summary', title: '摘要需求' }),
    confidential: await make({ visibility: 'confidential', title: '保密需求' }),
    draft: await make({ visibility: 'public', title: '草稿需求', status: 'draft' }),
    withdrawn: await make({ visibility: 'public', title: '撤回需求' }),
  }
  await t.api.patch(`/api/v1/needs/${needs.withdrawn.id}`, { status: 'withdrawn' })
})
afterAll(async () => { await t?.close() })

describe('reading another enterprise’s needs', () => {
  test('a public need is read in full', async () => {
    const r = await otherEnterprise.client.get(`/api/v1/needs/${needs.public.id}`)
    expect(r.status).toBe(200)
    expect(r.body.view).toBe('full')
  })

  test('a summary-only need shows no description, budget or owner', async () => {
    const r = await provider.client.get(`/api/v1/needs/${needs.summary.id}`)
    expect(r.status).toBe(200)
    expect(r.body.view).toBe('summary')
    expect(r.body.title).toBe('摘要需求')
    for (const hidden of ['description', 'budgetMaxYuan', 'organizationId', 'contactPersonId', 'createdBy']) expect(r.body).not.toHaveProperty(hidden)
    expect(JSON.stringify(r.body)).not.toContain('1350')
  })

  test('a confidential, draft or withdrawn need is 404 to others, whole to its owner and coordinators', async () => {
    for (const need of [needs.confidential, needs.draft, needs.withdrawn]) {
      for (const stranger of [otherEnterprise, provider]) {
        const r = await stranger.client.get(`/api/v1/needs/${need.id}`)
        expect(r.status).toBe(404)
        expect(JSON.stringify(r.body)).not.toContain(need.title)
      }
      expect((await owner.client.get(`/api/v1/needs/${need.id}`)).body.view).toBe('full')
      expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.view).toBe('full')
    }
  })

  test('lists hold exactly what each reader may see', async () => {
    const titles = async (client: typeof owner.client) =>
      (await client.get(`/api/v1/needs?industryChain=${encodeURIComponent(chain)}`)).body.items.map((n: any) => `${n.title}:${n.view}`).sort()
    expect(await titles(otherEnterprise.client)).toEqual(['公开需求:full', '摘要需求:summary'])
    expect(await titles(provider.client)).toEqual(['公开需求:full', '摘要需求:summary'])
    expect(await titles(owner.client)).toHaveLength(5)
  })

  test('the text filter does not search a description the reader may not see', async () => {
    const hits = await otherEnterprise.client.get(`/api/v1/needs?industryChain=${encodeURIComponent(chain)}&q=1350`)
    expect(hits.body.items.map((n: any) => n.title)).toEqual(['公开需求'])
    const ownerHits = await owner.client.get(`/api/v1/needs?industryChain=${encodeURIComponent(chain)}&q=1350`)
    expect(ownerHits.body.items).toHaveLength(5)
  })

  test('the history is for the owner and coordinators only', async () => {
    expect((await otherEnterprise.client.get(`/api/v1/needs/${needs.public.id}/history`)).status).toBe(403)
    expect((await otherEnterprise.client.get(`/api/v1/needs/${needs.confidential.id}/history`)).status).toBe(404)
    expect((await owner.client.get(`/api/v1/needs/${needs.public.id}/history`)).status).toBe(200)
  })
})

describe('changing what is not yours', () => {
  test('another enterprise cannot edit a need it can read (403) or one it cannot (404); nothing changes', async () => {
    const readable = await otherEnterprise.client.patch(`/api/v1/needs/${needs.public.id}`, { title: '被篡改' })
    expect(readable.status).toBe(403)
    const hidden = await otherEnterprise.client.patch(`/api/v1/needs/${needs.confidential.id}`, { title: '被篡改' })
    expect(hidden.status).toBe(404)
    expect((await t.api.get(`/api/v1/needs/${needs.public.id}`)).body.title).toBe('公开需求')
    expect((await t.api.get(`/api/v1/needs/${needs.confidential.id}`)).body.title).toBe('保密需求')
  })

  test('staff cannot file a need for another enterprise, and providers file none', async () => {
    const base = { title: '冒名需求', description: 'x', county: '任城区', industryChain: chain, keywords: [] }
    expect((await otherEnterprise.client.post('/api/v1/needs', { ...base, organizationId: needs.public.organizationId })).status).toBe(403)
    expect((await provider.client.post('/api/v1/needs', base)).status).toBe(403)
  })

  test('a provider cannot edit another provider’s capability; an enterprise offers none', async () => {
    const otherProvider = await buildProvider(t.api)
    const published = await buildCapability(t.api, otherProvider.id, { title: '别家的能力' })
    const confidential = await buildCapability(t.api, otherProvider.id, { visibility: 'confidential' })
    expect((await provider.client.patch(`/api/v1/capabilities/${published.id}`, { title: '被篡改' })).status).toBe(403)
    expect((await provider.client.patch(`/api/v1/capabilities/${confidential.id}`, { title: '被篡改' })).status).toBe(404)
    expect((await provider.client.get(`/api/v1/capabilities/${confidential.id}`)).status).toBe(404)
    expect((await t.api.get(`/api/v1/capabilities/${published.id}`)).body.title).toBe('别家的能力')
    const offer = await owner.client.post('/api/v1/capabilities', { title: 'x', description: 'y', keywords: [] })
    expect(offer.status).toBe(403)
  })
})
}
