import { expect } from 'vitest'
import { FIXTURE_CAPABILITIES } from '../fixtures/matching/capabilities.ts'
import { FIXTURE_NEEDS } from '../fixtures/matching/needs.ts'
import { buildEnterprise, buildProvider } from './builders.ts'
import type { ApiClient } from './test-app.ts'

/** Loads the labelled matching set through the API; returns fixture key ↔ database id maps. */
export async function loadLabelledSet(api: ApiClient) {
  const enterprise = await buildEnterprise(api, { name: `夹具企业${Date.now()}` })
  const provider = await buildProvider(api, { name: `夹具服务方${Date.now()}` })
  const capabilityIds = new Map<string, string>()
  for (const [key, chain, serviceTypes, title, description, keywords, fields] of FIXTURE_CAPABILITIES) {
    const r = await api.post('/api/v1/capabilities', { organizationId: provider.id, title, description, keywords, fields, industryChains: [chain], serviceTypes, status: 'published' })
    expect(r.status).toBe(201)
    capabilityIds.set(key, r.body.id)
  }
  const needIds = new Map<string, string>()
  for (const [key, industryChain, needType, county, title, description, keywords, fields] of FIXTURE_NEEDS) {
    const r = await api.post('/api/v1/needs', { organizationId: enterprise.id, title, description, keywords, fields, industryChain, needType, county, status: 'published' })
    expect(r.status).toBe(201)
    needIds.set(key, r.body.id)
  }
  const keyOf = new Map([...capabilityIds].map(([k, id]) => [id, k]))
  return { enterprise, provider, capabilityIds, needIds, keyOf }
}
