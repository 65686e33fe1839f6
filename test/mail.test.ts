import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { outboxCounts } from '../src/mail/outbox.repository.ts'
import { uuidv7 } from '../src/ids.ts'
import { buildDockingPair } from './support/builders.ts'
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

const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`).toISOString()
const dispatch = (url = sink.url) => dispatchVia(t.deps, url)

/** A one-table event with one session between an enterprise contact and an expert who reads English. */
async function bookedSession(day: string) {
  const { enterprise, provider, contact, expert, need, capability } = await buildDockingPair(t.api)
  const event = await t.api.post('/api/v1/events', {
    title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', days: [{ date: day, opens: '08:30', closes: '12:00' }],
    tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id],
  })
  const session = await t.api.post(`/api/v1/events/${event.body.id}/sessions`, {
    needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id], startsAt: at(day, '09:00'), endsAt: at(day, '09:30'), tableId: event.body.tables[0].id,
  })
  expect(session.status).toBe(201)
  return { event: event.body, session: session.body, contact, expert }
}

const recipient = (m: { parsed: any }) => (m.parsed.to as { value: { address: string }[] }).value[0]!.address

function calendarPart(mail: { raw: string; parsed: any }) {
  const part = mail.parsed.attachments.find((a: any) => a.contentType === 'text/calendar' || a.contentType === 'application/ics')
  return new ICAL.Component(ICAL.parse(part.content.toString('utf8')))
}

describe('invites by e-mail', () => {
  test('confirming queues one invite per attendee; delivered over SMTP with the calendar inside', async () => {
    const before = sink.received.length
    const { session, contact, expert } = await bookedSession('2026-12-07')
    expect((await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })).body.announced).toBe(true)
    expect((await dispatch()).sent).toBe(2)
    const mails = sink.received.slice(before)
    expect(mails.map((m) => recipient(m)).sort()).toEqual([contact.email, expert.email].sort())

    const chinese = mails.find((m) => recipient(m) === contact.email)!
    expect(chinese.parsed.subject).toBe('对接会邀请：金桥行动汶上行')
    expect(chinese.parsed.text).toContain('2026年12月7日星期一 09:00–09:30（北京时间）')
    expect(chinese.parsed.html).toContain('汶上县科技馆 A1 桌')
    // iMIP: a text/calendar alternative whose method= equals the file's METHOD, and the .ics attached.
    expect(chinese.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i)
    expect(chinese.raw).toMatch(/Content-Type: application\/ics; name=invite\.ics/i)
    expect(chinese.raw).toMatch(/Content-Type: multipart\/alternative/i)
    const calendar = calendarPart(chinese)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.uid).toBe(`${session.id}@jinqiao`)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-07T01:00:00.000Z')

    const english = mails.find((m) => recipient(m) === expert.email)!
    expect(english.parsed.subject).toBe('对接会邀请：金桥行动汶上行 | Invitation to a docking session')
    expect(english.parsed.text).toContain('Dear Dr. Wang')
  })

  test('a reschedule sends the same UID with a higher SEQUENCE; a cancellation sends METHOD:CANCEL', async () => {
    const { session, event } = await bookedSession('2026-12-08')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await dispatch()
    let before = sink.received.length
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-08', '10:00'), endsAt: at('2026-12-08', '10:30') })
    await dispatch()
    const updates = sink.received.slice(before)
    expect(updates).toHaveLength(2)
    expect(updates[0]!.parsed.subject).toContain('对接会时间或地点有变更')
    const moved = new ICAL.Event(calendarPart(updates[0]!).getFirstSubcomponent('vevent')!)
    expect(moved.uid).toBe(`${session.id}@jinqiao`)
    expect(moved.sequence).toBeGreaterThan(1)
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-12-08T02:00:00.000Z')

    before = sink.received.length
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'cancelled' })
    await dispatch()
    const cancels = sink.received.slice(before)
    expect(cancels).toHaveLength(2)
    expect(cancels[0]!.raw).toMatch(/method=CANCEL/i)
    const cancelled = calendarPart(cancels[0]!)
    expect(cancelled.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(cancelled.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect((await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0].status).toBe('cancelled')
  })

  test('a proposed session sends nothing, and nothing is queued twice', async () => {
    const { session } = await bookedSession('2026-12-09')
    expect((await t.db.selectFrom('outbox').select('id').where('dedupeKey', 'like', `session:${session.id}:%`).execute())).toHaveLength(0)
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    expect((await t.db.selectFrom('outbox').select('id').where('dedupeKey', 'like', `session:${session.id}:%`).execute())).toHaveLength(2)
    await dispatch()
  })
})

describe('mail is never lost', () => {
  test('with the SMTP server down mid-run, every message goes out exactly once when it returns', async () => {
    await dispatch()
    const first = sink.received.length
    const sessions = []
    for (const day of ['2026-12-10', '2026-12-11', '2026-12-14']) sessions.push((await bookedSession(day)).session)
    for (const s of sessions) await t.api.patch(`/api/v1/sessions/${s.id}`, { status: 'confirmed' })
    const queued = (await outboxCounts(t.db)).pending ?? 0
    expect(queued).toBe(6)

    const port = sink.port
    sink.stopAfter(2)
    const down = await dispatch(`smtp://127.0.0.1:${port}`)
    expect(down).toMatchObject({ claimed: 6, sent: 2, failed: 4 })
    expect((await outboxCounts(t.db)).pending).toBe(4)
    const attempts = await t.db.selectFrom('mailAttempts').select(['ok', 'error']).where('ok', '=', false).execute()
    expect(attempts.length).toBe(4)
    expect(attempts[0]!.error).toMatch(/ECONNREFUSED|connect/i)

    // Not due yet: the back-off holds the retry.
    expect((await dispatch(`smtp://127.0.0.1:${port}`)).claimed).toBe(0)
    await sink.start(port)
    t.clock.now = new Date(t.clock.now.getTime() + 60_000)
    expect((await dispatch()).sent).toBe(4)
    expect((await dispatch()).claimed).toBe(0)
    const arrived = sink.received.slice(first)
    expect(arrived).toHaveLength(6)
    expect(new Set(arrived.map((m) => m.parsed.messageId)).size).toBe(6)
    expect((await outboxCounts(t.db)).sent).toBeGreaterThanOrEqual(6)
  })
})
