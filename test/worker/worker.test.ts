import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startWorker } from './workerd.ts'

// The app on workerd, as a Cloudflare deployment runs it: `wrangler dev` with the Worker's static
// assets, Hyperdrive on the local PostgreSQL, and the Cron Trigger sending mail to a stand-in of the
// mail API. Everything is driven over HTTP, as its users do.

const ADMIN = 'worker-test-coordinator-token-0001'
let w: Awaited<ReturnType<typeof startWorker>>
beforeAll(async () => { w = await startWorker(ADMIN) })
afterAll(async () => { await w?.stop() })

const api = async (path: string, init: { method?: string; body?: unknown; token?: string | null; cookie?: string } = {}) => {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? ADMIN}`
  if (init.cookie) (headers.cookie = init.cookie, (headers.origin = w.base))
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const r = await fetch(`${w.base}${path}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) })
  const type = r.headers.get('content-type') ?? ''
  return { status: r.status, type, headers: r.headers, body: type.includes('json') ? await r.json() : await r.text() }
}
const created = async (path: string, body: unknown) => {
  const r = await api(path, { body })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}

describe('Jinqiao on workerd', () => {
  test('one origin: the pages, their assets (cached for good), the API reference, and problem+json for the API', async () => {
    const home = await fetch(`${w.base}/needs/anything`)
    expect(home.status).toBe(200)
    expect(home.headers.get('cache-control')).toBe('no-cache')
    const html = await home.text()
    expect(html).toContain('<div id="root">')
    const asset = html.match(/\/assets\/[\w.-]+\.js/)![0]
    const file = await fetch(`${w.base}${asset}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await api('/openapi.json', { token: null })).body.openapi).toMatch(/^3\.1/)
    const missing = await api('/api/v1/no-such-thing', { token: null })
    expect(missing.status).toBe(401)
    expect(missing.type).toContain('application/problem+json')
    expect((await api('/api/v1/me')).body).toMatchObject({ role: 'coordinator' })
  })

  test('a coordinator’s round trip: catalogue, matching, an event, its timetable and invites, the figures and the compendium', async () => {
    const enterprise = await created('/api/v1/organizations', { kind: 'enterprise', name: '汶上县鲁锦纺织有限公司', county: '汶上县', industryChains: ['纺织服装'] })
    const provider = await created('/api/v1/organizations', { kind: 'provider', providerType: 'university', name: '山东理工大学纺织学院', county: '任城区' })
    const contact = await created('/api/v1/people', { organizationId: enterprise.id, name: '李建国', email: 'li.jianguo@example.org' })
    const expert = await created('/api/v1/people', { organizationId: provider.id, name: '王教授', email: 'wang.prof@example.org', language: 'en' })
    const need = await created('/api/v1/needs', { organizationId: enterprise.id, title: '布面疵点在线视觉检测', description: '织布车间靠人眼挑疵点，漏检率高，希望引入在线检测设备。', county: '汶上县', industryChain: '纺织服装', keywords: ['疵点', '视觉检测'], status: 'published', contactPersonId: contact.id })
    const capability = await created('/api/v1/capabilities', { organizationId: provider.id, title: '织物疵点机器视觉检测', description: '基于深度学习的织物表面疵点在线检测。', keywords: ['疵点', '机器视觉'], industryChains: ['纺织服装'], status: 'published', expertIds: [expert.id] })

    const ranked = await api(`/api/v1/needs/${need.id}/matches?limit=10`)
    expect(ranked.status).toBe(200)
    expect(ranked.body.items[0]).toMatchObject({ capability: { id: capability.id } })
    expect(ranked.body.items[0].reasons.length).toBeGreaterThan(0)
    await created('/api/v1/matches', { needId: need.id, capabilityId: capability.id, status: 'shortlisted' })

    const event = await created('/api/v1/events', {
      title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', slotMinutes: 30,
      days: [{ date: '2027-03-05', opens: '08:30', closes: '11:30' }], tables: [{ name: 'A1', capacity: 4 }], invitedOrganizationIds: [enterprise.id, provider.id],
    })
    const proposal = await api(`/api/v1/events/${event.id}/schedule`, { body: { apply: true, groupSessions: false } })
    expect(proposal.status).toBe(200)
    expect(proposal.body).toMatchObject({ applied: true, slotsUsed: 1, proven: { slots: true, value: true } })
    expect(proposal.body.sessions[0]).toMatchObject({ needId: need.id, tableName: 'A1', attendees: [{ name: '李建国' }, { name: '王教授' }] })
    expect((await api(`/api/v1/events/${event.id}/confirm`, { body: {} })).status).toBe(200)

    // The figures and the compendium, as on Node.
    const summary = await api('/api/v1/reports/summary?from=2026-01-01&to=2027-12-31')
    expect(summary.status).toBe(200)
    const book = new ExcelJS.Workbook()
    const xlsx = await fetch(`${w.base}/api/v1/exports/needs-compendium.xlsx`, { headers: { authorization: `Bearer ${ADMIN}` } })
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    await book.xlsx.load(await xlsx.arrayBuffer())
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String))
    expect(cells).toContain('布面疵点在线视觉检测')

    // The Cron Trigger sends the invites through the mail API: an iMIP invite each, in their language.
    const before = w.mails.length
    await w.cron()
    await expect.poll(() => w.mails.length - before, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
    const invites = w.mails.slice(before).filter((m) => m.body.attachments?.length)
    expect(invites.map((m) => m.body.to[0]).sort()).toEqual(['"李建国" <li.jianguo@example.org>', '"王教授" <wang.prof@example.org>'])
    for (const m of invites) {
      expect(m.headers.authorization).toBe('Bearer stand-in-key-0001')
      expect(m.body).toMatchObject({ from: expect.stringContaining('<jinqiao@example.org>'), reply_to: 'jinqiao@example.org', headers: { 'Message-ID': expect.stringMatching(/^<.+@example\.org>$/) } })
      const [file] = m.body.attachments
      expect(file).toMatchObject({ filename: 'invite.ics', content_type: 'text/calendar; charset=utf-8; method=REQUEST' })
      const calendar = new ICAL.Component(ICAL.parse(Buffer.from(file.content, 'base64').toString('utf8')))
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
      const vevent = calendar.getFirstSubcomponent('vevent')!
      expect(String(vevent.getFirstPropertyValue('uid'))).toMatch(/@jinqiao$/)
      expect(vevent.getAllProperties('attendee').map((a) => String(a.getFirstValue()))).toEqual(expect.arrayContaining(['mailto:li.jianguo@example.org', 'mailto:wang.prof@example.org']))
    }
    expect(invites.find((m) => m.body.to[0].includes('wang.prof'))!.body.subject).toMatch(/\|/)
    const outbox = await api('/api/v1/outbox?kind=invite')
    expect(outbox.body.items.map((m: { status: string }) => m.status)).toEqual(['sent', 'sent'])
  })

  test('a refused delivery is recorded and retried, not lost', async () => {
    const org = await created('/api/v1/organizations', { kind: 'enterprise', name: '嘉祥县经编织造厂', county: '嘉祥县' })
    const person = await created('/api/v1/people', { organizationId: org.id, name: '赵工', email: 'zhao@example.org' })
    await created(`/api/v1/people/${person.id}/invitation`, {})
    w.failNextMails(1)
    await w.cron()
    await expect.poll(async () => (await api('/api/v1/outbox?kind=invitation')).body.items.find((m: { toEmail: string }) => m.toEmail === 'zhao@example.org')?.attempts, { timeout: 20_000 }).toBe(1)
    const message = (await api('/api/v1/outbox?kind=invitation')).body.items.find((m: { toEmail: string }) => m.toEmail === 'zhao@example.org')
    expect(message).toMatchObject({ status: 'pending', lastError: expect.stringContaining('mail API answered 503') })
  })

  test('signing in works on the Worker: the invitation mail’s link sets a password, the password signs in, the cookie is the person', async () => {
    const org = await created('/api/v1/organizations', { kind: 'provider', providerType: 'provincial_society', name: '山东省纺织工程学会', county: '任城区' })
    const person = await created('/api/v1/people', { organizationId: org.id, name: '马秘书长', email: 'ma.secretary@example.org' })
    await created(`/api/v1/people/${person.id}/invitation`, {})
    const before = w.mails.length
    await w.cron()
    await expect.poll(() => w.mails.slice(before).some((m) => m.body.to[0].includes('ma.secretary')), { timeout: 20_000 }).toBe(true)
    const mail = w.mails.slice(before).find((m) => m.body.to[0].includes('ma.secretary'))!
    const link = (mail.body.text as string).match(/https?:\/\/\S+\/invite\/(\S+)/)!
    expect(link[0].startsWith(w.base)).toBe(true)
    const accepted = await api(`/api/v1/invitations/${link[1]}/accept`, { token: null, body: { password: 'correct horse battery staple' } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const signIn = await fetch(`${w.base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: w.base }, body: JSON.stringify({ email: 'ma.secretary@example.org', password: 'correct horse battery staple' }) })
    expect(signIn.status).toBe(200)
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
    const me = await api('/api/v1/me', { token: null, cookie })
    expect(me.body).toMatchObject({ personId: person.id, role: 'provider', organization: { name: '山东省纺织工程学会' } })
    expect((await api('/api/v1/me', { token: null })).status).toBe(401)
  })
})
