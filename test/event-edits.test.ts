import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// An event edited after it was set up, and an event cancelled: nobody is left at a table that
// no longer exists, and everyone with an invite hears of the change.

let t: TestApp
const o: Record<string, any> = {}
beforeAll(async () => {
  t = await createTestApp()
  o.enterprise = await buildEnterprise(t.api)
  o.other = await buildEnterprise(t.api)
  o.provider = await buildProvider(t.api)
  o.contact = await buildPerson(t.api, o.enterprise.id)
  o.expert = await buildPerson(t.api, o.provider.id)
  o.need = await buildNeed(t.api, o.enterprise.id, { contactPersonId: o.contact.id, title: '布面疵点在线检测' })
  o.capability = await buildCapability(t.api, o.provider.id, { expertIds: [o.expert.id] })
})
afterAll(async () => { await t?.close() })

const newEvent = async () => (await t.api.post('/api/v1/events', {
  title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县',
  days: [{ date: '2026-12-05', opens: '09:00', closes: '12:00' }],
  tables: [{ name: 'A1' }, { name: 'A2' }], invitedOrganizationIds: [o.enterprise.id, o.provider.id, o.other.id],
})).body
const book = async (event: any, time: string, tableName = 'A1') => {
  const r = await t.api.post(`/api/v1/events/${event.id}/sessions`, {
    needId: o.need.id, capabilityId: o.capability.id, attendeeIds: [o.contact.id, o.expert.id], tableId: event.tables.find((x: any) => x.name === tableName).id,
    startsAt: `2026-12-05T${time}:00+08:00`, endsAt: `2026-12-05T${time.slice(0, 3)}${String(Number(time.slice(3)) + 20).padStart(2, '0')}:00+08:00`,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}
const outbox = (kind: 'invite' | 'update' | 'cancellation') => t.db.selectFrom('outbox').select(['toEmail', 'text', 'ics']).where('kind', '=', kind).execute()

describe('editing an event', () => {
  test('name, venue, link, hours, breaks, tables and invitations change; a new venue updates every invite', async () => {
    const event = await newEvent()
    const s = await book(event, '09:00')
    expect((await t.api.patch(`/api/v1/sessions/${s.id}`, { status: 'confirmed' })).status).toBe(200)
    // The invites went out (an unsent one would be replaced by an invite, not followed by an update).
    await t.db.updateTable('outbox').set({ status: 'sent', sentAt: t.clock.now }).where('kind', '=', 'invite').execute()
    const before = (await outbox('update')).length
    const r = await t.api.patch(`/api/v1/events/${event.id}`, {
      title: '金桥行动汶上行（纺织专场）', venue: '汶上县会展中心', days: [{ date: '2026-12-05', opens: '08:30', closes: '12:00', breaks: [{ start: '10:00', end: '10:20' }] }],
      tables: [{ id: event.tables.find((x: any) => x.name === 'A1').id, name: 'A1', capacity: 6 }, { name: 'B1' }], invitedOrganizationIds: [o.enterprise.id, o.provider.id],
    })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body).toMatchObject({ title: '金桥行动汶上行（纺织专场）', venue: '汶上县会展中心', invitedOrganizationIds: expect.arrayContaining([o.enterprise.id, o.provider.id]) })
    expect(r.body.invitedOrganizationIds).toHaveLength(2)
    expect(r.body.tables.map((x: any) => [x.name, x.capacity])).toEqual([['A1', 6], ['B1', 4]])
    expect(r.body.breaks).toHaveLength(1)
    const updates = (await outbox('update')).slice(before)
    expect(updates).toHaveLength(2)
    expect(updates[0]!.text).toContain('汶上县会展中心')
    const session = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0]
    expect(session.sequence).toBeGreaterThan(s.sequence)
  })

  test('an edit that would strand booked sessions is refused with their list, and changes nothing', async () => {
    const event = await newEvent()
    await book(event, '11:00', 'A2')
    for (const change of [
      { days: [{ date: '2026-12-05', opens: '09:00', closes: '10:00' }] },
      { tables: [{ id: event.tables.find((x: any) => x.name === 'A1').id, name: 'A1' }] },
      { invitedOrganizationIds: [o.enterprise.id] },
    ]) {
      const r = await t.api.patch(`/api/v1/events/${event.id}`, change)
      expect(r.status, JSON.stringify(change)).toBe(409)
      expect(r.body.detail).toContain('12月5日 11:00–11:20「布面疵点在线检测」')
    }
    const same = (await t.api.get(`/api/v1/events/${event.id}`)).body
    expect(same.tables).toHaveLength(2)
    expect(same.days).toEqual(event.days)
    expect(same.invitedOrganizationIds).toHaveLength(3)
    // An edit that strands nothing still goes through.
    expect((await t.api.patch(`/api/v1/events/${event.id}`, { title: '金桥行动汶上行（二）' })).status).toBe(200)
  })
})

describe('cancelling an event', () => {
  test('every session is cancelled and every invited attendee gets the CANCEL; nothing more can be booked', async () => {
    const event = await newEvent()
    const a = await book(event, '09:20')
    await book(event, '10:20')
    await t.api.patch(`/api/v1/sessions/${a.id}`, { status: 'confirmed' })
    const before = (await outbox('cancellation')).length
    expect((await t.api.post(`/api/v1/events/${event.id}/cancel`, {})).status).toBe(400)
    const r = await t.api.post(`/api/v1/events/${event.id}/cancel`, { reason: '天气原因，活动延期' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body).toMatchObject({ sessionsCancelled: 2, event: { status: 'cancelled', cancelReason: '天气原因，活动延期' } })
    const cancels = (await outbox('cancellation')).slice(before)
    expect(cancels).toHaveLength(2) // the confirmed session's two attendees; the proposal had sent nothing
    expect(cancels.every((m) => m.ics?.includes('METHOD:CANCEL'))).toBe(true)
    expect((await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items.every((s: any) => s.status === 'cancelled')).toBe(true)
    expect((await t.api.post(`/api/v1/events/${event.id}/cancel`, { reason: '再次' })).status).toBe(409)
    expect((await t.api.patch(`/api/v1/events/${event.id}`, { title: '改名' })).status).toBe(409)
    const late = await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: o.need.id, capabilityId: o.capability.id, attendeeIds: [o.contact.id], startsAt: '2026-12-05T10:00:00+08:00', endsAt: '2026-12-05T10:20:00+08:00' })
    expect(late.status).toBe(409)
  })

  test('an event that has happened is not cancelled whole', async () => {
    const event = await newEvent()
    const s = await book(event, '11:20')
    const today = t.clock.now
    t.clock.now = new Date('2026-12-05T04:00:00Z')
    await t.api.patch(`/api/v1/sessions/${s.id}`, { status: 'held' })
    t.clock.now = today
    expect((await t.api.post(`/api/v1/events/${event.id}/cancel`, { reason: '误操作' })).status).toBe(409)
  })
})
