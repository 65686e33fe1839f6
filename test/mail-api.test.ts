import ICAL from 'ical.js'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dispatchOutbox } from '../src/jobs/mail-jobs.ts'
import { httpMailTransport } from '../src/mail/http-transport.ts'
import { buildCapability, buildEnterprise, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// Mail through a sending service's HTTPS API (the way on Workers; also on Node), against a stand-in
// of the service on this machine: what it is sent, in each request shape, and a refusal kept for retry.

let t: TestApp
let server: Server
let base: string
const received: { path: string; headers: Record<string, unknown>; body: any }[] = []
let refuse = 0
beforeAll(async () => {
  t = await createTestApp()
  server = createServer((req, res) => {
    let text = ''
    req.on('data', (c) => (text += c))
    req.on('end', () => {
      if (refuse > 0) return (refuse--, res.writeHead(422, { 'content-type': 'application/json' }).end('{"message":"invalid to address"}'))
      received.push({ path: req.url!, headers: req.headers, body: JSON.parse(text) })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"MessageID":"x"}')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.close()
  await t?.close()
})

async function confirmedSession() {
  const enterprise = await buildEnterprise(t.api)
  const provider = await buildProvider(t.api)
  const contact = await buildPerson(t.api, enterprise.id, { name: '李建国' })
  const expert = await buildPerson(t.api, provider.id, { name: '王教授' })
  const need = await buildNeed(t.api, enterprise.id, { contactPersonId: contact.id })
  const capability = await buildCapability(t.api, provider.id, { expertIds: [expert.id] })
  const event = (await t.api.post('/api/v1/events', { title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', days: [{ date: '2027-03-05', opens: '08:30', closes: '12:00' }], tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
  const session = (await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id], startsAt: '2027-03-05T09:00:00+08:00', endsAt: '2027-03-05T09:30:00+08:00', tableId: event.tables[0].id })).body
  expect((await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })).status).toBe(200)
  return { contact, expert }
}

describe('mail through an HTTPS API', () => {
  test('postmark: each invite is one request with the key, the sender, the reply mailbox, the Message-ID and the calendar file', async () => {
    const { contact, expert } = await confirmedSession()
    const result = await dispatchOutbox(t.deps, httpMailTransport({ url: `${base}/email`, key: 'server-token-123', format: 'postmark' }))
    expect(result.failed).toBe(0)
    const invites = received.filter((r) => r.body.Attachments)
    expect(invites.map((r) => r.body.To).sort()).toEqual([`"${contact.name}" <${contact.email}>`, `"${expert.name}" <${expert.email}>`].sort())
    for (const r of invites) {
      expect(r.path).toBe('/email')
      expect(r.headers['x-postmark-server-token']).toBe('server-token-123')
      expect(r.body).toMatchObject({ From: expect.stringContaining(`<${t.deps.mailFrom.email}>`), ReplyTo: t.deps.replyTo ?? t.deps.mailFrom.email, MessageStream: 'outbound' })
      expect(r.body.Headers).toEqual([{ Name: 'Message-ID', Value: expect.stringMatching(/^<.+@.+>$/) }])
      expect(r.body.HtmlBody).toContain('<')
      expect(r.body.TextBody).toContain('09:00–09:30')
      const [file] = r.body.Attachments
      expect(file).toMatchObject({ Name: 'invite.ics', ContentType: 'text/calendar; charset=utf-8; method=REQUEST' })
      const calendar = new ICAL.Component(ICAL.parse(Buffer.from(file.Content, 'base64').toString('utf8')))
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
      expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBeTruthy()
    }
  })

  test('resend: the key as a Bearer token; a refusal is an attempt recorded with the service’s answer, and the message waits for the next run', async () => {
    await confirmedSession()
    refuse = 1
    const result = await dispatchOutbox(t.deps, httpMailTransport({ url: `${base}/emails`, key: 're_test_key', format: 'resend' }))
    expect(result.failed).toBe(1)
    const failed = (await t.api.get('/api/v1/outbox?status=pending')).body.items.find((m: { attempts: number }) => m.attempts === 1)
    expect(failed.lastError).toContain('mail API answered 422: {"message":"invalid to address"}')
    const sent = received.filter((r) => r.path === '/emails')
    expect(sent).toHaveLength(result.sent)
    expect(sent[0]!.headers.authorization).toBe('Bearer re_test_key')
    expect(sent[0]!.body).toMatchObject({ to: [expect.stringMatching(/^".+" <.+>$/)], attachments: [{ filename: 'invite.ics', content_type: 'text/calendar; charset=utf-8; method=REQUEST' }] })
  })
})
