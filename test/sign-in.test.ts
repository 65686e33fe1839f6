import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../src/deps.ts'
import { dispatchOutbox } from '../src/jobs/mail-jobs.ts'
import { mailLinkFinisher } from '../src/jobs/mail-links.ts'
import { buildEnterprise, buildMember, buildPerson, invitationPath, sessionCookie, signIn, TEST_PASSWORD } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// Getting in as a person does: invited by e-mail, a password set through the link, signed in with
// a session cookie (or a one-time code), signed out here or everywhere, reset by e-mail, and
// turned off by a coordinator.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

const ORIGIN = 'https://jinqiao.example.org'
const auth = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.api.app.request(`/api/auth${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers }, body: JSON.stringify(body) })
const lastMail = async (kind: string, toEmail: string) => {
  const row = await t.db.selectFrom('outbox').selectAll().where('kind', '=', kind as never).where('toEmail', '=', toEmail).orderBy('createdAt', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow()
  return mailLinkFinisher(actionContext(t.deps))(row)
}

describe('invitation', () => {
  test('the link shows whom it is for without using it up; setting a password signs the person in, once', async () => {
    const org = await buildEnterprise(t.api, { name: `鲁锦纺织${Date.now()}` })
    const person = await buildPerson(t.api, org.id, { name: '李建国' })
    const invited = await t.api.post(`/api/v1/people/${person.id}/invitation`, {})
    expect(invited.status).toBe(201)
    // The mail as it goes out: the link is made then; the stored mail holds none.
    const stored = await t.db.selectFrom('outbox').select('text').where('kind', '=', 'invitation').where('toEmail', '=', person.email).executeTakeFirstOrThrow()
    expect(stored.text).not.toContain('/invite/')
    const mail = await lastMail('invitation', person.email)
    expect(mail.subject).toBe('邀请您使用金桥对接平台')
    const path = /https:\/\/jinqiao\.example\.org(\/invite\/[\w.-]+)/.exec(mail.text)![1]!
    expect(path).toBe(await invitationPath(t.api, invited.body.id))
    const token = path.replace('/invite/', '')
    for (let i = 0; i < 2; i++) {
      const view = await t.api.as(undefined).get(`/api/v1/invitations/${token}`)
      expect(view.status).toBe(200)
      expect(view.body).toMatchObject({ name: '李建国', email: person.email, organizationName: org.name })
    }
    expect((await t.api.as(undefined).post(`/api/v1/invitations/${token}/accept`, { password: 'short' })).status).toBe(400)
    expect((await t.api.as(undefined).post(`/api/v1/invitations/${token}/accept`, { password: TEST_PASSWORD })).status).toBe(200)
    expect((await t.api.as(undefined).post(`/api/v1/invitations/${token}/accept`, { password: 'another long password' })).status).toBe(410)

    const signedIn = await auth('/sign-in/email', { email: person.email, password: TEST_PASSWORD })
    expect(signedIn.status).toBe(200)
    const setCookie = signedIn.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^__Host-jinqiao_session=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/Secure/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Domain=/i)
    const me = await t.api.withCookie(setCookie.split(';')[0]!).get('/api/v1/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ personId: person.id, role: 'enterprise', organizationId: org.id })
  })

  test('staff invite their colleagues, nobody else; sign-up and changing one’s e-mail through better-auth are closed', async () => {
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id)
    const colleague = await buildPerson(t.api, org.id)
    const stranger = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
    expect((await member.client.post(`/api/v1/people/${colleague.id}/invitation`, {})).status).toBe(201)
    expect((await member.client.post(`/api/v1/people/${stranger.id}/invitation`, {})).status).toBe(404)
    expect((await auth('/sign-up/email', { email: 'new@example.org', password: TEST_PASSWORD, name: 'x' })).status).toBe(404)
    expect((await auth('/update-user', { name: 'x' })).status).toBe(404)
    expect((await auth('/change-email', { newEmail: 'x@example.org' })).status).toBe(404)
  })
})

describe('sessions', () => {
  test('a cookie may not write from another site; our own pages may', async () => {
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id, { via: 'session' })
    const need = { organizationId: org.id, title: '布面疵点检测', description: '需要在线检测。', county: '汶上县', industryChain: '纺织服装' }
    const evil = await member.client.request('POST', '/api/v1/needs', need, { origin: 'https://evil.example' })
    expect(evil.status).toBe(403)
    expect(evil.body.detail).toContain('跨站')
    expect((await member.client.request('POST', '/api/v1/needs', need, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await member.client.request('POST', '/api/v1/needs', need, { 'sec-fetch-site': 'same-origin' })).status).toBe(201)
    // Reading is not a write: a cross-site GET is harmless (and cannot be read by the other site).
    expect((await member.client.request('GET', '/api/v1/me', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(200)
  })

  test('signing out ends this session; signing out everywhere ends them all', async () => {
    const person = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
    const first = await signIn(t.api, person)
    const second = t.api.withCookie(await sessionCookie(t.api, person.email, TEST_PASSWORD))
    const third = t.api.withCookie(await sessionCookie(t.api, person.email, TEST_PASSWORD))
    expect((await auth('/sign-out', {}, { cookie: first.cookie! })).status).toBe(200)
    expect((await first.get('/api/v1/me')).status).toBe(401)
    expect((await second.get('/api/v1/me')).status).toBe(200)
    expect((await auth('/revoke-sessions', {}, { cookie: second.cookie! })).status).toBe(200)
    expect((await second.get('/api/v1/me')).status).toBe(401)
    expect((await third.get('/api/v1/me')).status).toBe(401)
  })

  test('a coordinator disables a person’s access: sessions and tokens stop, sign-in is refused; restored, they get in again', async () => {
    const org = await buildEnterprise(t.api)
    const member = await buildMember(t.api, org.id)
    const browser = await signIn(t.api, member.person)
    expect((await member.client.post(`/api/v1/people/${member.person.id}/access`, { enabled: false })).status).toBe(403)
    expect((await t.api.post(`/api/v1/people/${member.person.id}/access`, { enabled: false })).status).toBe(200)
    expect((await browser.get('/api/v1/me')).status).toBe(401)
    expect((await member.client.get('/api/v1/me')).status).toBe(401)
    expect((await auth('/sign-in/email', { email: member.person.email, password: TEST_PASSWORD })).status).toBeGreaterThanOrEqual(400)
    expect((await t.api.post(`/api/v1/people/${member.person.id}/access`, { enabled: true })).status).toBe(200)
    expect((await auth('/sign-in/email', { email: member.person.email, password: TEST_PASSWORD })).status).toBe(200)
    expect((await t.api.get(`/api/v1/audit?entity=person&entityId=${member.person.id}`)).body.items.map((e: any) => e.action)).toEqual(expect.arrayContaining(['access_disabled', 'access_restored']))
  })
})

describe('other ways in', () => {
  test('a password reset by e-mail; the new password works and the old sessions end', async () => {
    const person = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
    const old = await signIn(t.api, person)
    expect((await auth('/request-password-reset', { email: person.email, redirectTo: '/reset-password' })).status).toBe(200)
    const mail = await lastMail('password_reset', person.email)
    expect(mail.subject).toBe('重设金桥对接平台密码')
    const token = /reset-password\/([\w-]+)/.exec(mail.text)![1]!
    expect((await auth('/reset-password', { token, newPassword: 'a brand new password' })).status).toBe(200)
    expect((await old.get('/api/v1/me')).status).toBe(401)
    expect((await auth('/sign-in/email', { email: person.email, password: TEST_PASSWORD })).status).toBe(401)
    expect((await auth('/sign-in/email', { email: person.email, password: 'a brand new password' })).status).toBe(200)
    // Nobody learns whether an address has an account: the same answer, and no mail.
    expect((await auth('/request-password-reset', { email: 'nobody@example.org', redirectTo: '/reset-password' })).status).toBe(200)
    expect(await t.db.selectFrom('outbox').select('id').where('toEmail', '=', 'nobody@example.org').execute()).toHaveLength(0)
  })

  test('a one-time code by e-mail signs in', async () => {
    const person = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
    await signIn(t.api, person)
    expect((await auth('/email-otp/send-verification-otp', { email: person.email, type: 'sign-in' })).status).toBe(200)
    const mail = await lastMail('sign_in_code', person.email)
    const otp = /验证码是 (\d{6})/.exec(mail.text)![1]!
    expect((await auth('/sign-in/email-otp', { email: person.email, otp: '000000' === otp ? '111111' : '000000' })).status).toBeGreaterThanOrEqual(400)
    const signed = await auth('/sign-in/email-otp', { email: person.email, otp })
    expect(signed.status).toBe(200)
    expect((await t.api.withCookie(signed.headers.get('set-cookie')!.split(';')[0]!).get('/api/v1/me')).body.personId).toBe(person.id)
  })

  test('wrong passwords are throttled per account, with a Chinese message, and others still get in', async () => {
    const saved = t.clock.now
    try {
      const person = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
      await signIn(t.api, person)
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await auth('/sign-in/email', { email: person.email, password: `wrong password ${i}` })).status)
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true)
      const refused = await auth('/sign-in/email', { email: person.email, password: TEST_PASSWORD })
      expect(refused.status).toBe(429)
      expect((await refused.json()).detail).toContain('失败次数过多')
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      const other = await buildPerson(t.api, (await buildEnterprise(t.api)).id)
      await signIn(t.api, other)
      t.clock.now = new Date(t.clock.now.getTime() + 61_000)
      expect((await auth('/sign-in/email', { email: person.email, password: TEST_PASSWORD })).status).toBe(200)
    } finally {
      t.clock.now = new Date(saved.getTime() + 120_000)
    }
  })
})

describe('the pages the links open', () => {
  test('an invitation page sets the password with a button, never on opening; a reset mail keeps no secret once sent', async () => {
    const person = await buildPerson(t.api, (await buildEnterprise(t.api)).id, { name: '王芳' })
    const invited = await t.api.post(`/api/v1/people/${person.id}/invitation`, {})
    const path = await invitationPath(t.api, invited.body.id)
    const page = await t.api.app.request(path)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('王芳，欢迎使用金桥对接平台')
    const differ = await t.api.app.request(path, { method: 'POST', body: new URLSearchParams({ password: TEST_PASSWORD, confirm: 'something else entirely' }) })
    expect(differ.status).toBe(400)
    const done = await t.api.app.request(path, { method: 'POST', body: new URLSearchParams({ password: TEST_PASSWORD, confirm: TEST_PASSWORD }) })
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('密码已设置')
    // Whoever set the password is signed in on that browser, so the page's link leads straight in.
    const cookie = done.headers.get('set-cookie')!.split(';')[0]!
    expect(cookie).toMatch(/^__Host-jinqiao_session=/)
    expect((await t.api.withCookie(cookie).get('/api/v1/me')).body.personId).toBe(person.id)
    expect((await t.api.app.request(path)).status).toBe(410)
    expect((await t.api.app.request('/invite/forged.token.here')).status).toBe(404)

    await auth('/request-password-reset', { email: person.email, redirectTo: '/reset-password' })
    const transport = { send: async () => {} }
    await dispatchOutbox(t.deps, transport)
    const kept = await t.db.selectFrom('outbox').select(['text', 'status']).where('kind', '=', 'password_reset').where('toEmail', '=', person.email).executeTakeFirstOrThrow()
    expect(kept.status).toBe('sent')
    expect(kept.text).not.toContain('reset-password')
  })
})
