import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hashToken } from '../src/auth/token.ts'
import { buildEnterprise, buildMember, buildPerson } from './support/builders.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

describe('bearer tokens', () => {
  test('a request without a token, or with a malformed header, is 401 problem+json', async () => {
    for (const headers of [{}, { authorization: 'Basic abc' }, { authorization: 'Bearer' }] as Record<string, string>[]) {
      const r = await t.api.as(undefined).request('GET', '/api/v1/needs', undefined, headers)
      expect(r.status).toBe(401)
      expect(r.headers.get('content-type')).toContain('application/problem+json')
      expect(r.headers.get('www-authenticate')).toContain('Bearer')
      expect(r.body).toMatchObject({ type: '/problems/unauthorized', status: 401 })
    }
  })

  test('an unknown token is 401', async () => {
    const r = await t.api.as('jq_not-a-real-token').get('/api/v1/needs')
    expect(r.status).toBe(401)
    expect(r.body.detail).toContain('令牌无效')
  })

  test('the admin token from the environment is a coordinator', async () => {
    const r = await t.api.get('/api/v1/me')
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ role: 'coordinator', organizationId: null })
  })

  test('a coordinator issues a token; it works, is shown once, and only its hash is stored', async () => {
    const enterprise = await buildEnterprise(t.api)
    const person = await buildPerson(t.api, enterprise.id)
    const issued = await t.api.post('/api/v1/tokens', { personId: person.id, label: '王经理的笔记本' })
    expect(issued.status).toBe(201)
    expect(issued.body.token).toMatch(/^jq_[A-Za-z0-9_-]{43}$/)

    const me = await t.api.as(issued.body.token).get('/api/v1/me')
    expect(me.body).toMatchObject({ personId: person.id, role: 'enterprise', organizationId: enterprise.id })

    const stored = await t.db.selectFrom('accessTokens').select('tokenHash').where('id', '=', issued.body.id).executeTakeFirstOrThrow()
    expect(stored.tokenHash).toBe(await hashToken(issued.body.token))
    expect(stored.tokenHash).not.toContain(issued.body.token)

    const listed = await t.api.get(`/api/v1/tokens?personId=${person.id}`)
    expect(listed.body.items).toHaveLength(1)
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.token)
  })

  test('a revoked token stops working at once', async () => {
    const enterprise = await buildEnterprise(t.api)
    const member = await buildMember(t.api, enterprise.id)
    expect((await member.client.get('/api/v1/me')).status).toBe(200)
    const revoked = await t.api.post(`/api/v1/tokens/${member.tokenId}/revoke`, {})
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).not.toBeNull()
    expect((await member.client.get('/api/v1/me')).status).toBe(401)
    expect((await t.api.post(`/api/v1/tokens/${member.tokenId}/revoke`, {})).status).toBe(409)
  })

  test('a token past its expiry is refused', async () => {
    const enterprise = await buildEnterprise(t.api)
    const person = await buildPerson(t.api, enterprise.id)
    const expiresAt = new Date(t.clock.now.getTime() + 3600_000).toISOString()
    const issued = await t.api.post('/api/v1/tokens', { personId: person.id, label: '对接会当天', expiresAt })
    expect((await t.api.as(issued.body.token).get('/api/v1/me')).status).toBe(200)
    const saved = t.clock.now
    t.clock.now = new Date(saved.getTime() + 2 * 3600_000)
    try {
      expect((await t.api.as(issued.body.token).get('/api/v1/me')).status).toBe(401)
    } finally {
      t.clock.now = saved
    }
  })

  test('staff cannot issue tokens, and see and revoke only their own', async () => {
    const enterprise = await buildEnterprise(t.api)
    const a = await buildMember(t.api, enterprise.id)
    const b = await buildMember(t.api, enterprise.id)
    const issue = await a.client.post('/api/v1/tokens', { personId: a.person.id, label: 'x' })
    expect(issue.status).toBe(403)
    const mine = await a.client.get(`/api/v1/tokens?personId=${b.person.id}`)
    expect(mine.body.items.map((x: any) => x.personId)).toEqual([a.person.id])
    expect((await a.client.post(`/api/v1/tokens/${b.tokenId}/revoke`, {})).status).toBe(404)
    expect((await b.client.get('/api/v1/me')).status).toBe(200)
    expect((await a.client.post(`/api/v1/tokens/${a.tokenId}/revoke`, {})).status).toBe(200)
    expect((await a.client.get('/api/v1/me')).status).toBe(401)
  })

  test('the admin token is provisioned once, however often the server starts', async () => {
    const { provisionAdminToken } = await import('../src/auth/provision-admin.ts')
    const { actionContext } = await import('../src/deps.ts')
    await provisionAdminToken(actionContext(t.deps), ADMIN_TOKEN)
    const rows = await t.db.selectFrom('accessTokens').select('id').where('tokenHash', '=', await hashToken(ADMIN_TOKEN)).execute()
    expect(rows).toHaveLength(1)
  })
})
