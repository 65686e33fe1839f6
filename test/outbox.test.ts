import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MAX_ATTEMPTS } from '../src/mail/dispatcher.ts'
import { buildDockingPair, buildMember } from './support/builders.ts'
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

const dispatch = (url: string) => dispatchVia(t.deps, url)

describe('the outbox', () => {
  test('a coordinator sees a message fail for good, filters the failed ones, resends it, and it arrives', async () => {
    const { enterprise, provider, contact, expert, need, capability } = await buildDockingPair(t.api)
    const event = await t.api.post('/api/v1/events', {
      title: '金桥行动嘉祥行', kind: 'on_site', county: '嘉祥县', days: [{ date: '2026-12-10', opens: '08:30', closes: '12:00' }],
      tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id],
    })
    const session = await t.api.post(`/api/v1/events/${event.body.id}/sessions`, {
      needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id],
      startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T09:30:00+08:00', tableId: event.body.tables[0].id,
    })
    await t.api.patch(`/api/v1/sessions/${session.body.id}`, { status: 'confirmed' })

    // The SMTP server is down for every attempt the dispatcher makes.
    const port = sink.port
    await sink.stop()
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await dispatch(`smtp://127.0.0.1:${port}`)
      t.clock.now = new Date(t.clock.now.getTime() + 2 * 3_600_000)
    }
    const failed = await t.api.get('/api/v1/outbox?status=failed')
    expect(failed.status).toBe(200)
    expect(failed.body.items.map((m: any) => m.toEmail).sort()).toEqual([contact.email, expert.email].sort())
    const mine = failed.body.items.find((m: any) => m.toEmail === contact.email)
    expect(mine).toMatchObject({ kind: 'invite', status: 'failed', attempts: MAX_ATTEMPTS })
    expect(mine.lastError).toMatch(/ECONNREFUSED|connect/i)
    expect(mine.subject).toContain('金桥行动嘉祥行')
    expect((await t.api.get(`/api/v1/outbox?q=${encodeURIComponent(contact.email)}`)).body.items.map((m: any) => m.id)).toEqual([mine.id])

    await sink.start(port)
    const before = sink.received.length
    const resent = await t.api.post(`/api/v1/outbox/${mine.id}/resend`, {})
    expect(resent.body).toEqual({ id: mine.id, status: "pending" })
    // Resending twice is refused: it is queued, not failed.
    expect((await t.api.post(`/api/v1/outbox/${mine.id}/resend`, {})).status).toBe(409)
    expect(await dispatch(sink.url)).toMatchObject({ sent: 1 })
    expect(sink.received).toHaveLength(before + 1)
    expect(sink.received.at(-1)!.raw).toContain(contact.email)
    const after = (await t.api.get(`/api/v1/outbox?q=${encodeURIComponent(contact.email)}`)).body.items[0]
    expect(after).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect((await t.api.get('/api/v1/audit?entity=mail')).body.items[0]).toMatchObject({ entityId: mine.id, action: 'resent' })
  })

  test('pages through its cursor, newest first', async () => {
    const all = (await t.api.get('/api/v1/outbox?limit=100')).body.items.map((m: any) => m.id)
    const first = await t.api.get('/api/v1/outbox?limit=1')
    const second = await t.api.get(`/api/v1/outbox?limit=1&cursor=${first.body.nextCursor}`)
    expect([first.body.items[0].id, second.body.items[0].id]).toEqual(all.slice(0, 2))
  })

  test('only coordinators read the outbox or resend; an unknown message is a 404', async () => {
    const { enterprise } = await buildDockingPair(t.api)
    const staff = await buildMember(t.api, enterprise.id)
    expect((await staff.client.get('/api/v1/outbox')).status).toBe(403)
    const any = (await t.api.get('/api/v1/outbox?limit=1')).body.items[0]
    expect((await staff.client.post(`/api/v1/outbox/${any.id}/resend`, {})).status).toBe(403)
    expect((await t.api.post('/api/v1/outbox/0190a2b4-0000-7000-8000-000000000000/resend', {})).status).toBe(404)
    expect((await t.api.get('/api/v1/outbox?status=lost')).status).toBe(400)
  })
})
