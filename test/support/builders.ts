import { expect } from 'vitest'
import { invitationLink } from '../../src/auth/invitations.ts'
import { actionContext } from '../../src/deps.ts'
import type { ApiClient } from './test-app.ts'

// Builders create records through the API as the coordinator, so every test's data passes
// the same validation and access rules as a user's. Each call makes unique names.

let serial = 0
const next = () => `${Date.now().toString(36)}${(++serial).toString(36)}`

async function created(reply: Promise<{ status: number; body: any }>) {
  const r = await reply
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}

export function buildEnterprise(api: ApiClient, overrides: Record<string, unknown> = {}) {
  return created(api.post('/api/v1/organizations', { kind: 'enterprise', name: `测试企业${next()}`, county: '汶上县', industryChains: ['纺织服装'], ...overrides }))
}

export function buildProvider(api: ApiClient, overrides: Record<string, unknown> = {}) {
  return created(api.post('/api/v1/organizations', { kind: 'provider', providerType: 'university', name: `测试高校${next()}`, county: '任城区', ...overrides }))
}

export function buildPerson(api: ApiClient, organizationId: string | null, overrides: Record<string, unknown> = {}) {
  const n = next()
  return created(api.post('/api/v1/people', { organizationId, name: `人员${n}`, email: `p${n}@example.org`, ...overrides }))
}

export const TEST_PASSWORD = 'correct horse battery staple'

/**
 * A person of the organisation and a client that speaks as them: with a fresh token, or
 * (`via: 'session'`) signed in as a browser would be — invited, password set, signed in.
 */
export async function buildMember(api: ApiClient, organizationId: string | null, options: { via?: 'token' | 'session' } = {}) {
  const person = await buildPerson(api, organizationId)
  if (options.via === 'session') return { person, token: undefined, tokenId: undefined, client: await signIn(api, person) }
  const issued = await created(api.post('/api/v1/tokens', { personId: person.id, label: 'test' }))
  return { person, token: issued.token as string, tokenId: issued.id as string, client: api.as(issued.token) }
}

/** The invitation link a person was sent, as the dispatcher makes it. */
export async function invitationPath(api: ApiClient, invitationId: string) {
  return new URL(await invitationLink(actionContext(api.deps), invitationId)).pathname
}

/** Invites the person (as the coordinator), sets their password through the link, and signs in: a browser's client. */
export async function signIn(api: ApiClient, person: { id: string; email: string }, password = TEST_PASSWORD) {
  const invitation = await created(api.post(`/api/v1/people/${person.id}/invitation`, {}))
  const token = (await invitationPath(api, invitation.id)).replace('/invite/', '')
  const accepted = await api.as(undefined).post(`/api/v1/invitations/${token}/accept`, { password })
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  return api.withCookie(await sessionCookie(api, person.email, password))
}

/** Signs in by e-mail and password; the session cookie as a browser would send it back. */
export async function sessionCookie(api: ApiClient, email: string, password: string) {
  const r = await api.app.request('/api/auth/sign-in/email', { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(api.deps.publicUrl).origin }, body: JSON.stringify({ email, password }) })
  expect(r.status, await r.clone().text()).toBe(200)
  return r.headers.get('set-cookie')!.split(';')[0]!
}

export function buildNeed(api: ApiClient, organizationId: string, overrides: Record<string, unknown> = {}) {
  return created(
    api.post('/api/v1/needs', {
      organizationId,
      title: '布面疵点在线视觉检测',
      description: '织布车间靠人眼挑疵点，漏检率高，希望引入在线检测设备。',
      county: '汶上县',
      industryChain: '纺织服装',
      keywords: ['疵点', '视觉检测'],
      status: 'published',
      ...overrides,
    }),
  )
}

export function buildCapability(api: ApiClient, organizationId: string, overrides: Record<string, unknown> = {}) {
  return created(
    api.post('/api/v1/capabilities', {
      organizationId,
      title: '织物缺陷机器视觉检测',
      description: '基于深度学习的织物表面缺陷在线检测。',
      keywords: ['机器视觉', '缺陷检测'],
      status: 'published',
      ...overrides,
    }),
  )
}

/** Adds counties and industry chains to the association's lists, as a coordinator does, so a test can use names of its own. */
export async function addTerms(api: ApiClient, terms: { counties?: string[]; industryChains?: string[] }) {
  for (const name of terms.counties ?? []) expect((await api.post('/api/v1/vocabularies/counties', { name })).status).toBe(201)
  for (const name of terms.industryChains ?? []) expect((await api.post('/api/v1/vocabularies/industry-chains', { name })).status).toBe(201)
}

/** An industry chain of its own (so other tests' records do not compete), with a provider and an enterprise. */
export async function buildChainScene(api: ApiClient, prefix: string) {
  const chain = `${prefix}${Date.now()}`
  await addTerms(api, { industryChains: [chain] })
  return { chain, provider: await buildProvider(api), enterprise: await buildEnterprise(api) }
}

/** The two sides of a docking session: an enterprise whose contact 李建国 filed a need, a provider whose expert Dr. Wang reads English. */
export async function buildDockingPair(api: ApiClient) {
  const enterprise = await buildEnterprise(api)
  const provider = await buildProvider(api)
  const contact = await buildPerson(api, enterprise.id, { name: '李建国' })
  const expert = await buildPerson(api, provider.id, { name: 'Dr. Wang', language: 'en' })
  const need = await buildNeed(api, enterprise.id, { contactPersonId: contact.id })
  const capability = await buildCapability(api, provider.id, { expertIds: [expert.id] })
  return { enterprise, provider, contact, expert, need, capability }
}
