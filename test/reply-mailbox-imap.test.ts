import hoodiecrow from 'hoodiecrow-imap'
import { ImapFlow } from 'imapflow'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { replyHandler } from '../src/jobs/reply-mailbox.ts'
import { parseImapUrl, pollImapOnce } from '../src/mail/imap-inbox.ts'
import { buildCapability, buildEnterprise, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { appleReply, googleReply, wrapping } from './support/reply-shapes.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// The reply mailbox as an IMAP account (JINQIAO_REPLY_IMAP_URL), read by imapflow from a real
// IMAP server on a local port (hoodiecrow, an in-memory IMAP4rev1 server).

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => {
  await t?.close()
})

const at = (time: string) => new Date(`2026-12-30T${time}:00+08:00`).toISOString()
const compact = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z'
const local = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().replace(/[-:]/g, '').slice(0, 15)

function mime(options: Record<string, unknown>): Promise<Buffer> {
  return new Promise((resolve, reject) => new MailComposer(options).compile().build((error, message) => (error ? reject(error) : resolve(message))))
}

function imapServer(messages: Buffer[]) {
  const server = hoodiecrow({
    plugins: ['IDLE', 'UIDPLUS', 'ENABLE', 'CONDSTORE', 'SPECIAL-USE', 'ID', 'UNSELECT', 'LITERALPLUS'],
    storage: { INBOX: { messages: messages.map((raw) => ({ raw: raw.toString('utf8'), flags: [] })) } },
    users: { 'replies@example.org': { password: 'p@ss word' } },
  })
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, () => resolve({ url: `imap://replies%40example.org:p%40ss%20word@127.0.0.1:${server.server.address().port}/INBOX`, close: () => new Promise((done) => server.close(() => done())) })),
  )
}

describe('answers read from an IMAP mailbox', () => {
  test('each unseen REPLY is applied once and marked read; a second poll changes nothing', async () => {
    const enterprise = await buildEnterprise(t.api)
    const provider = await buildProvider(t.api)
    const contact = await buildPerson(t.api, enterprise.id, { name: '李建国' })
    const expert = await buildPerson(t.api, provider.id, { name: '王教授' })
    const need = await buildNeed(t.api, enterprise.id, { contactPersonId: contact.id })
    const capability = await buildCapability(t.api, provider.id, { expertIds: [expert.id] })
    const event = (await t.api.post('/api/v1/events', { title: '金桥行动邹城行', kind: 'on_site', venue: '邹城市科技馆', county: '邹城市', days: [{ date: '2026-12-30', opens: '08:30', closes: '12:00' }], tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
    const session = (await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id], startsAt: at('09:00'), endsAt: at('09:30'), tableId: event.tables[0].id })).body
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const current = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0]
    const shape = (who: { name: string; email: string }) => ({
      uid: `${session.id}@jinqiao`, sequence: current.sequence, attendee: who, organizer: 'replies@example.org',
      local: { start: local(current.startsAt), end: local(current.endsAt) }, utc: { start: compact(current.startsAt), end: compact(current.endsAt) }, stamp: compact(t.clock.now.toISOString()),
    })
    const messages = [
      await mime({ from: { name: contact.name, address: contact.email }, to: 'replies@example.org', subject: '已接受: 金桥行动邹城行', messageId: '<apple-1@example.org>', ...wrapping.apple(appleReply(shape(contact), 'ACCEPTED')) }),
      await mime({ from: { name: expert.name, address: expert.email }, to: 'replies@example.org', subject: 'Declined', messageId: '<google-1@example.org>', ...wrapping.google(googleReply(shape(expert), 'DECLINED')) }),
    ]
    const imap = await imapServer(messages)
    try {
      const target = parseImapUrl(imap.url)
      expect(target).toMatchObject({ user: 'replies@example.org', pass: 'p@ss word', mailbox: 'INBOX', port: expect.any(Number) })
      expect(await pollImapOnce(target, replyHandler(t.deps))).toBe(2)
      const responses = Object.fromEntries((await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0].attendees.map((a: any) => [a.name, a.response]))
      expect(responses).toEqual({ 李建国: 'accepted', 王教授: 'declined' })
      expect(await pollImapOnce(target, replyHandler(t.deps))).toBe(0)
      // Marked \Seen on the server itself.
      const client = new ImapFlow({ host: target.host, port: target.port, secure: false, auth: { user: target.user, pass: target.pass }, logger: false, doSTARTTLS: false })
      await client.connect()
      await client.mailboxOpen('INBOX')
      expect(await client.search({ seen: false })).toEqual([])
      await client.logout()
      expect((await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items).toHaveLength(2)
    } finally {
      await imap.close()
    }
  })
})
