import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../src/deps.ts'
import { queueFollowUps } from '../src/events/session-mail-jobs.ts'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// One truth for the season: times inside the opening hours, nothing recorded before it happened,
// the funnel moved by records, the intention dated when it was stated, colleagues answering.

let t: TestApp
const o: Record<string, any> = {}
beforeAll(async () => {
  t = await createTestApp()
  o.enterprise = await buildEnterprise(t.api)
  o.provider = await buildProvider(t.api, { providerType: 'provincial_society' })
  o.contact = await buildPerson(t.api, o.enterprise.id, { name: '孙丽' })
  o.expert = await buildPerson(t.api, o.provider.id, { name: '王教授' })
  o.secretary = await buildMember(t.api, o.provider.id)
  o.need = await buildNeed(t.api, o.enterprise.id, { contactPersonId: o.contact.id })
  o.capability = await buildCapability(t.api, o.provider.id, { expertIds: [o.expert.id] })
  const event = await t.api.post('/api/v1/events', {
    title: '金桥行动汶上行', kind: 'on_site', county: '汶上县', slotMinutes: 20,
    days: [{ date: '2026-12-05', opens: '08:30', closes: '14:40', breaks: [{ start: '10:00', end: '10:20' }] }],
    tables: [1, 2, 3, 4, 5].map((n) => ({ name: `对接${n}号桌` })),
    invitedOrganizationIds: [o.enterprise.id, o.provider.id],
  })
  expect(event.status).toBe(201)
  o.event = event.body
})
afterAll(async () => { await t?.close() })

const at = (time: string) => `2026-12-05T${time}:00+08:00`
const book = (start: string, end: string, extra: object = {}) =>
  t.api.post(`/api/v1/events/${o.event.id}/sessions`, { needId: o.need.id, capabilityId: o.capability.id, attendeeIds: [o.contact.id, o.expert.id], startsAt: at(start), endsAt: at(end), ...extra })

describe('opening hours', () => {
  test('slots start again when a break ends: 08:30–14:40 with a 10:00–10:20 break holds 17 twenty-minute slots', () => {
    expect(o.event.slots).toBe(17)
  })

  test('a session at 22:00 or across the tea break is refused with a 422 naming the opening hours, and nothing is booked', async () => {
    for (const [start, end] of [['22:00', '22:20'], ['09:50', '10:10'], ['14:30', '14:50']]) {
      const r = await book(start!, end!)
      expect(r.status, `${start}`).toBe(422)
      expect(r.body.type).toBe('/problems/outside-opening-hours')
      expect(r.body.detail).toContain('08:30–10:00、10:20–14:40')
    }
    expect((await t.api.get(`/api/v1/events/${o.event.id}/sessions`)).body.items).toHaveLength(0)
  })

  test('moving a session out of the opening hours is refused too, and it stays where it was', async () => {
    const s = await book('10:20', '10:40')
    expect(s.status).toBe(201)
    const moved = await t.api.patch(`/api/v1/sessions/${s.body.id}`, { startsAt: at('22:00'), endsAt: at('22:20') })
    expect(moved.status).toBe(422)
    expect((await t.api.get(`/api/v1/events/${o.event.id}/sessions`)).body.items.find((x: any) => x.id === s.body.id).startsAt).toBe(new Date(at('10:20')).toISOString())
    await t.api.patch(`/api/v1/sessions/${s.body.id}`, { status: 'cancelled' })
  })

  test('a clash is told in the event’s local time', async () => {
    const first = await book('11:00', '11:20')
    const second = await book('11:00', '11:20')
    expect(second.status).toBe(409)
    expect(second.body.detail).toContain('12月5日 11:00–11:20')
    expect(second.body.detail).not.toContain('Z')
    await t.api.patch(`/api/v1/sessions/${first.body.id}`, { status: 'cancelled' })
  })
})

describe('what happened is recorded after it happened', () => {
  test('held and no-show are refused before the session starts, then accepted once it has', async () => {
    const s = await book('12:00', '12:20')
    for (const status of ['held', 'no_show']) {
      const early = await t.api.patch(`/api/v1/sessions/${s.body.id}`, { status })
      expect(early.status).toBe(422)
      expect(early.body.type).toBe('/problems/not-started-yet')
    }
    expect((await t.api.get(`/api/v1/events/${o.event.id}/sessions`)).body.items.find((x: any) => x.id === s.body.id).status).toBe('proposed')
    const today = t.clock.now
    t.clock.now = new Date(at('12:20'))
    expect((await t.api.patch(`/api/v1/sessions/${s.body.id}`, { status: 'held' })).status).toBe(200)
    t.clock.now = today
    // Booking made the need "scheduled" and holding it "held", each with its history row.
    const steps = (await t.api.get(`/api/v1/needs/${o.need.id}/history`)).body.items.filter((h: any) => h.action === 'status_changed').map((h: any) => h.toStatus)
    expect(steps).toEqual(['scheduled', 'held'])
  })

  test('the intention a confirmed follow-up records is dated on the session’s day, not the day it is confirmed', async () => {
    const s = await book('13:00', '13:20')
    await t.api.patch(`/api/v1/sessions/${s.body.id}`, { status: 'confirmed' })
    const today = t.clock.now
    t.clock.now = new Date('2026-12-09T03:00:00Z')
    await queueFollowUps(actionContext(t.deps))
    const followUp = await t.db.selectFrom('followUps').select('id').where('sessionId', '=', s.body.id).where('personId', '=', o.contact.id).executeTakeFirstOrThrow()
    await t.db.updateTable('followUps').set({ held: true, intention: true, usefulness: 5, respondedAt: t.clock.now }).where('id', '=', followUp.id).execute()
    const confirmed = await t.api.post(`/api/v1/follow-ups/${followUp.id}/confirm`, {})
    t.clock.now = today
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const intentions = (await t.api.get('/api/v1/intentions?from=2026-12-01&to=2026-12-31')).body.items
    expect(intentions.find((i: any) => i.id === confirmed.body.intentionId).statedOn).toBe('2026-12-05')
  })
})

describe('answering for colleagues', () => {
  test('a society’s secretary accepts for the society’s expert; a stranger cannot', async () => {
    const s = await book('13:40', '14:00')
    const r = await o.secretary.client.post(`/api/v1/sessions/${s.body.id}/respond`, { response: 'accepted' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.attendees.find((a: any) => a.personId === o.expert.id).response).toBe('accepted')
    const stranger = await buildMember(t.api, (await buildProvider(t.api)).id)
    expect((await stranger.client.post(`/api/v1/sessions/${s.body.id}/respond`, { response: 'declined', personId: o.expert.id })).status).toBe(404)
    const colleague = await buildMember(t.api, o.enterprise.id)
    const wrong = await colleague.client.post(`/api/v1/sessions/${s.body.id}/respond`, { response: 'declined', personId: o.expert.id })
    expect(wrong.status).toBe(400)
    expect((await colleague.client.post(`/api/v1/sessions/${s.body.id}/respond`, { response: 'declined' })).body.attendees.find((a: any) => a.personId === o.contact.id).response).toBe('declined')
  })

  test('the secretary gives the expert’s availability; another organisation cannot', async () => {
    const windows = [{ startsAt: at('08:30'), endsAt: at('10:00') }]
    expect((await o.secretary.client.request('PUT', `/api/v1/events/${o.event.id}/availability`, { personId: o.expert.id, windows })).status).toBe(200)
    const colleague = await buildMember(t.api, o.enterprise.id)
    expect((await colleague.client.request('PUT', `/api/v1/events/${o.event.id}/availability`, { personId: o.expert.id, windows })).status).toBe(403)
  })
})

describe('needs collected', () => {
  test('a draft withdrawn without ever being published is not collected; one published and withdrawn is', async () => {
    const e = await buildEnterprise(t.api)
    const summary = async () => (await t.api.get('/api/v1/reports/summary?from=2026-01-01&to=2026-12-31')).body.needsCollected
    const before = await summary()
    const draft = await buildNeed(t.api, e.id, { status: 'draft' })
    expect((await t.api.patch(`/api/v1/needs/${draft.id}`, { status: 'withdrawn' })).status).toBe(200)
    expect(await summary()).toBe(before)
    const published = await buildNeed(t.api, e.id)
    expect((await t.api.patch(`/api/v1/needs/${published.id}`, { status: 'withdrawn' })).status).toBe(200)
    expect(await summary()).toBe(before + 1)
    const funnel = (await t.api.get('/api/v1/reports/funnel?from=2026-01-01&to=2026-12-31')).body.items
    expect(funnel.find((s: any) => s.stage === 'filed').count).toBe(before + 1)
  })
})

describe('names a person reads, beside the ids', () => {
  test('suggestions, batch candidates, the proposed timetable and session lists carry titles and names', async () => {
    const e = await buildEnterprise(t.api, { name: '汶上鲁锦纺织有限公司' })
    const p = await buildProvider(t.api, { name: '山东纺织工程学会', providerType: 'provincial_society' })
    const contact = await buildPerson(t.api, e.id, { name: '李建国' })
    const expert = await buildPerson(t.api, p.id, { name: '张教授' })
    const need = await buildNeed(t.api, e.id, { contactPersonId: contact.id, title: '布面疵点在线检测' })
    const capability = await buildCapability(t.api, p.id, { expertIds: [expert.id], title: '织物缺陷机器视觉检测' })
    const suggestions = (await t.api.get(`/api/v1/needs/${need.id}/matches`)).body.items
    expect(suggestions.find((m: any) => m.capabilityId === capability.id).providerName).toBe('山东纺织工程学会')
    const batch = (await t.api.post('/api/v1/matching/batch', { needIds: [need.id] })).body.items[0]
    expect(batch).toMatchObject({ enterpriseName: '汶上鲁锦纺织有限公司' })
    expect(batch.candidates.find((c: any) => c.capabilityId === capability.id)).toMatchObject({ providerName: '山东纺织工程学会', title: '织物缺陷机器视觉检测' })

    await t.api.post('/api/v1/matches', { needId: need.id, capabilityId: capability.id, status: 'shortlisted' })
    const event = (await t.api.post('/api/v1/events', {
      title: '金桥行动嘉祥行', kind: 'on_site', county: '嘉祥县', days: [{ date: '2026-12-08', opens: '09:00', closes: '10:00' }],
      tables: [{ name: '对接1号桌' }], invitedOrganizationIds: [e.id, p.id],
    })).body
    const proposal = (await t.api.post(`/api/v1/events/${event.id}/schedule`, { apply: true })).body
    expect(proposal.sessions[0]).toMatchObject({
      needTitle: '布面疵点在线检测', capabilityTitle: '织物缺陷机器视觉检测', tableName: '对接1号桌', enterpriseName: '汶上鲁锦纺织有限公司', providerName: '山东纺织工程学会',
      attendees: [{ personId: contact.id, name: '李建国' }, { personId: expert.id, name: '张教授' }],
    })
    const [session] = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items
    expect(session).toMatchObject({ needTitle: '布面疵点在线检测', capabilityTitle: '织物缺陷机器视觉检测', tableName: '对接1号桌' })
    expect(session.attendees.map((a: any) => [a.name, a.organizationName]).sort()).toEqual([['张教授', '山东纺织工程学会'], ['李建国', '汶上鲁锦纺织有限公司']])
  })

  test('staff see their own organisation’s sessions of an event, not everyone’s', async () => {
    const rival = await buildProvider(t.api)
    const rivalExpert = await buildPerson(t.api, rival.id)
    const rivalCapability = await buildCapability(t.api, rival.id, { expertIds: [rivalExpert.id] })
    const theirs = await t.api.post(`/api/v1/events/${o.event.id}/sessions`, { needId: o.need.id, capabilityId: rivalCapability.id, attendeeIds: [rivalExpert.id], startsAt: at('14:00'), endsAt: at('14:20') })
    expect(theirs.status).toBe(201)
    const mine = (await o.secretary.client.get(`/api/v1/events/${o.event.id}/sessions`)).body.items
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.map((s: any) => s.id)).not.toContain(theirs.body.id)
    expect(mine.every((s: any) => s.attendees.some((a: any) => a.organizationId === o.provider.id))).toBe(true)
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await stranger.client.get(`/api/v1/events/${o.event.id}/sessions`)).status).toBe(404)
  })
})

describe('work in bulk, all or nothing', () => {
  test('many pairs shortlisted, accepted or rejected in one call; one bad pair keeps them all out', async () => {
    const p = await buildProvider(t.api)
    const caps = [await buildCapability(t.api, p.id, { title: '能力甲' }), await buildCapability(t.api, p.id, { title: '能力乙' }), await buildCapability(t.api, p.id, { title: '能力丙' })]
    const need = await buildNeed(t.api, o.enterprise.id)
    const decisions = [{ needId: need.id, capabilityId: caps[0].id, status: 'shortlisted' }, { needId: need.id, capabilityId: caps[1].id, status: 'accepted' }, { needId: need.id, capabilityId: caps[2].id, status: 'rejected', note: '不对口' }]
    const bad = await t.api.post('/api/v1/matches/bulk', { decisions: [...decisions, { needId: need.id, capabilityId: '01900000-0000-7000-8000-00000000dead', status: 'shortlisted' }] })
    expect(bad.status).toBe(404)
    expect(bad.body.detail).toContain('第 4 项')
    expect((await t.api.get(`/api/v1/matches?needId=${need.id}`)).body.items).toHaveLength(0)
    const good = await t.api.post('/api/v1/matches/bulk', { decisions })
    expect(good.status).toBe(200)
    expect(good.body.items.map((m: any) => m.status)).toEqual(['shortlisted', 'accepted', 'rejected'])
    expect((await t.api.get(`/api/v1/matches?needId=${need.id}`)).body.items).toHaveLength(3)
    const staff = await buildMember(t.api, o.enterprise.id)
    expect((await staff.client.post('/api/v1/matches/bulk', { decisions })).status).toBe(403)
  })

  test('many sessions marked held in one call; one that has not started keeps them all as they were', async () => {
    const done = [await book('08:30', '08:50'), await book('08:50', '09:10')]
    const later = await book('09:10', '09:30')
    const today = t.clock.now
    t.clock.now = new Date(at('09:05'))
    const refused = await t.api.post('/api/v1/sessions/bulk', { sessionIds: [...done, later].map((s) => s.body.id), status: 'held' })
    expect(refused.status).toBe(422)
    expect(refused.body.detail).toContain('第 3 项')
    const statuses = async () => (await t.api.get(`/api/v1/events/${o.event.id}/sessions`)).body.items.filter((s: any) => done.some((d) => d.body.id === s.id)).map((s: any) => s.status)
    expect(await statuses()).toEqual(['proposed', 'proposed'])
    const held = await t.api.post('/api/v1/sessions/bulk', { sessionIds: done.map((s) => s.body.id), status: 'held' })
    t.clock.now = today
    expect(held.status).toBe(200)
    expect(await statuses()).toEqual(['held', 'held'])
    await t.api.patch(`/api/v1/sessions/${later.body.id}`, { status: 'cancelled' })
  })
})

describe('counties and industry chains are the association’s lists', () => {
  test('GET /vocabularies serves them; an unknown name is refused with the near miss and the valid names, and writes nothing', async () => {
    const vocab = (await t.api.get('/api/v1/vocabularies')).body
    expect(vocab.counties).toContain('汶上县')
    expect(vocab.industryChains).toContain('纺织服装')
    const before = (await t.api.get(`/api/v1/needs?organizationId=${o.enterprise.id}&limit=100`)).body.items.length
    const r = await t.api.post('/api/v1/needs', { organizationId: o.enterprise.id, title: '新需求', description: '描述', county: '汶上', industryChain: '纺织', status: 'published' })
    expect(r.status).toBe(400)
    expect(r.body.errors.map((e: any) => e.path).sort()).toEqual(['county', 'industryChain'])
    expect(r.body.detail).toContain('是否为「汶上县」')
    expect(r.body.detail).toContain('是否为「纺织服装」')
    expect(r.body.detail).toContain('任城区、兖州区')
    expect((await t.api.get(`/api/v1/needs?organizationId=${o.enterprise.id}&limit=100`)).body.items).toHaveLength(before)
    expect((await t.api.post('/api/v1/organizations', { kind: 'enterprise', name: '新企业', county: '汶上', industryChains: [] })).status).toBe(400)
    expect((await t.api.post('/api/v1/events', { title: 'x', kind: 'online', county: '济南', days: [{ date: '2026-12-20', opens: '09:00', closes: '10:00' }] })).status).toBe(400)
    // A provider may be based outside the association's counties.
    expect((await t.api.post('/api/v1/organizations', { kind: 'provider', providerType: 'provincial_society', name: `山东省某学会${Date.now()}`, county: '济南市' })).status).toBe(201)
  })

  test('coordinators add and retire names; staff cannot; a retired name stays on its records', async () => {
    const staff = await buildMember(t.api, o.enterprise.id)
    expect((await staff.client.post('/api/v1/vocabularies/counties', { name: '高新区' })).status).toBe(403)
    const added = await t.api.post('/api/v1/vocabularies/counties', { name: '济宁高新区' })
    expect(added.status).toBe(201)
    expect(added.body.counties.at(-1)).toBe('济宁高新区')
    expect((await t.api.post('/api/v1/vocabularies/counties', { name: '济宁高新区' })).status).toBe(409)
    const need = await buildNeed(t.api, o.enterprise.id, { county: '济宁高新区' })
    expect((await t.api.request('DELETE', `/api/v1/vocabularies/counties/${encodeURIComponent('济宁高新区')}`)).status).toBe(200)
    expect((await t.api.get('/api/v1/vocabularies')).body.counties).not.toContain('济宁高新区')
    expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.county).toBe('济宁高新区')
    expect((await t.api.patch(`/api/v1/needs/${need.id}`, { title: '改个标题' })).status).toBe(200)
    expect((await t.api.post('/api/v1/vocabularies/industry-chains', { name: '' })).status).toBe(400)
  })
})
