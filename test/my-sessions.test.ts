import { afterAll, beforeAll, expect, test } from 'vitest'
import { actionContext } from '../src/deps.ts'
import { queueFollowUps } from '../src/events/session-mail-jobs.ts'
import { buildDockingPair, buildEnterprise, buildMember, buildPerson } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// 我的日程: a participant's announced sessions, and for a society's secretary those of its experts.

let t: TestApp
let pair: Awaited<ReturnType<typeof buildDockingPair>>
let sessionId: string
beforeAll(async () => {
  t = await createTestApp()
  pair = await buildDockingPair(t.api)
  const event = (await t.api.post('/api/v1/events', { title: '金桥行动汶上行', kind: 'hybrid', county: '汶上县', venue: '汶上县科技馆', address: '汶上县圣泽大街 1 号', onlineUrl: 'https://meeting.example.org/jq', tables: [{ name: 'A1', capacity: 4 }], days: [{ date: '2026-11-24', opens: '09:00', closes: '11:00' }], invitedOrganizationIds: [pair.enterprise.id, pair.provider.id] })).body
  expect(event.id, JSON.stringify(event)).toBeDefined()
  const session = await t.api.post(`/api/v1/events/${event.id}/sessions`, { tableId: event.tables[0].id, needId: pair.need.id, capabilityId: pair.capability.id, attendeeIds: [pair.contact.id, pair.expert.id], startsAt: '2026-11-24T09:00:00+08:00', endsAt: '2026-11-24T09:30:00+08:00' })
  expect(session.status, JSON.stringify(session.body)).toBe(201)
  sessionId = session.body.id
})
afterAll(() => t.close())

const asPerson = async (person: { id: string }) => t.api.as((await t.api.post('/api/v1/tokens', { personId: person.id, label: 'test' })).body.token)

test('a proposed session is nobody’s diary yet; once confirmed the attendee sees it with its place, link and their answer to give', async () => {
  const contact = await asPerson(pair.contact)
  expect((await contact.get('/api/v1/me/sessions')).body.items).toEqual([])
  await t.api.patch(`/api/v1/sessions/${sessionId}`, { status: 'confirmed' })
  const [mine] = (await contact.get('/api/v1/me/sessions')).body.items
  expect(mine).toMatchObject({
    id: sessionId, status: 'confirmed', myResponse: 'needs_action', followUp: null, onlineUrl: 'https://meeting.example.org/jq',
    tableName: 'A1', event: { title: '金桥行动汶上行', venue: '汶上县科技馆', address: '汶上县圣泽大街 1 号', timeZone: 'Asia/Shanghai', kind: 'hybrid' },
  })
  expect(mine.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['Dr. Wang', '李建国'])
})

test('a society’s secretary sees the sessions of the society’s experts; no one else’s diary shows them', async () => {
  const secretary = await buildMember(t.api, pair.provider.id, { via: 'session' })
  expect((await secretary.client.get('/api/v1/me/sessions')).body.items).toEqual([])
  const ours = (await secretary.client.get('/api/v1/me/sessions?scope=organization')).body.items
  expect(ours.map((s: { id: string }) => s.id)).toEqual([sessionId])
  expect(ours[0].myResponse).toBeNull()
  const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
  expect((await stranger.client.get('/api/v1/me/sessions?scope=organization')).body.items).toEqual([])
  const colleague = await asPerson(await buildPerson(t.api, pair.enterprise.id))
  expect((await colleague.get('/api/v1/me/sessions')).body.items).toEqual([])
  expect((await colleague.get('/api/v1/me/sessions?scope=organization')).body.items).toHaveLength(1)
  expect((await colleague.get('/api/v1/me/sessions?scope=everyone')).status).toBe(400)
})

test('after the session the attendee’s follow-up comes with its link; once confirmed by the coordinator the link is gone', async () => {
  t.clock.now = new Date('2026-11-24T03:00:00Z')
  expect(await queueFollowUps(actionContext(t.deps))).toBeGreaterThan(0)
  const contact = await asPerson(pair.contact)
  const [after] = (await contact.get('/api/v1/me/sessions')).body.items
  expect(after.followUp).toMatchObject({ answered: false, confirmed: false })
  expect(after.followUp.url).toMatch(/^https:\/\/jinqiao\.example\.org\/follow-up\//)
  const link = new URL(after.followUp.url).pathname
  expect((await t.api.app.request(link)).status).toBe(200)
  const answer = await t.api.app.request(link, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ held: true, usefulness: 4, intention: false }) })
  expect(answer.status).toBe(200)
  const [answered] = (await contact.get('/api/v1/me/sessions')).body.items
  expect(answered.followUp).toMatchObject({ answered: true, confirmed: false, url: expect.stringContaining('/follow-up/') }) // still open to correct
  expect((await t.api.post(`/api/v1/follow-ups/${after.followUp.id}/confirm`, {})).status).toBe(200)
  const [confirmed] = (await contact.get('/api/v1/me/sessions')).body.items
  expect(confirmed.followUp).toMatchObject({ confirmed: true, url: null })
})
