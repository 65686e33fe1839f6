import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
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

/**
 * Three enterprises and two providers invited to a short event (one table, `slots` slots), each with
 * a need or capability, a contact or expert, and a member who signs in for it. The coordinator has
 * shortlisted 需求1 ↔ 能力0 with the best score of the event.
 */
async function setUp(slots = 2, tables = 1) {
  const stamp = Date.now()
  const enterprises = [await buildEnterprise(t.api), await buildEnterprise(t.api), await buildEnterprise(t.api)]
  const providers = [await buildProvider(t.api), await buildProvider(t.api)]
  const contacts = await Promise.all(enterprises.map((e) => buildPerson(t.api, e.id, { position: '技术总监' })))
  const experts = await Promise.all(providers.map((p) => buildPerson(t.api, p.id, { position: '教授' })))
  const needs = await Promise.all(enterprises.map((e, i) => buildNeed(t.api, e.id, { contactPersonId: contacts[i].id, title: `需求${i}-${stamp}` })))
  const capabilities = await Promise.all(providers.map((p, i) => buildCapability(t.api, p.id, { expertIds: [experts[i].id], title: `能力${i}-${stamp}` })))
  // Indexed freely below: each organisation has its member.
  const staff: { enterprises: any[]; providers: any[] } = {
    enterprises: await Promise.all(enterprises.map((e) => buildMember(t.api, e.id))),
    providers: await Promise.all(providers.map((p) => buildMember(t.api, p.id))),
  }
  const closes = `${String(8 + Math.floor((30 + slots * 30) / 60)).padStart(2, '0')}:${String((30 + slots * 30) % 60).padStart(2, '0')}`
  const event = await t.api.post('/api/v1/events', {
    title: `金桥行动约见场${stamp}`, kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', slotMinutes: 30,
    days: [{ date: '2026-12-12', opens: '08:30', closes }],
    tables: Array.from({ length: tables }, (_, i) => ({ name: `A${i + 1}`, capacity: 4 })),
    invitedOrganizationIds: [...enterprises, ...providers].map((o) => o.id),
  })
  expect(event.status).toBe(201)
  expect(event.body.slots).toBe(slots)
  return { enterprises, providers, contacts, experts, needs, capabilities, staff, event: event.body }
}

const requests = (client: any, query = '') => client.get(`/api/v1/meeting-requests${query}`).then((r: any) => r.body.items)

describe('meeting requests inside an event', () => {
  test('an enterprise asks a provider; the provider hears by mail and accepts; the scheduler then must place it before better-scoring pairs', async () => {
    const e = await setUp(1)
    // The coordinator's own shortlist holds a better pair for the one place at the event.
    expect((await t.api.post('/api/v1/matches', { needId: e.needs[1].id, capabilityId: e.capabilities[0].id, status: 'shortlisted' })).status).toBe(201)
    const asker = e.staff.enterprises[0]
    const sent = await asker.client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { needId: e.needs[0].id, capabilityId: e.capabilities[1].id, message: '想了解贵院验布系统的改造周期。' })
    expect(sent.status).toBe(201)
    expect(sent.body.status).toBe('pending')

    // A pending request reserves nothing: the planning tray does not hold it.
    const tray = (await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced
    expect(tray.map((m: any) => m.needId)).toEqual([e.needs[1].id])

    const before = sink.received.length
    await dispatchVia(t.deps, sink.url)
    // Everyone at the provider hears of it: its expert and its member.
    const notices = sink.received.slice(before).filter((m) => m.parsed.subject?.startsWith('约见请求'))
    expect(notices).toHaveLength(2)
    for (const who of [e.staff.providers[1].person, e.experts[1]]) expect(notices.some((m) => m.raw.includes(who.email))).toBe(true)
    const mail = notices[0]!
    expect(mail.parsed.text).toContain(`${e.enterprises[0].name}希望在「${e.event.title}」上与贵单位对接`)
    expect(mail.parsed.text).toContain('想了解贵院验布系统的改造周期。')
    expect(mail.parsed.text).toContain(`https://jinqiao.example.org/events/${e.event.id}`)

    // Each side sees it, from its own side; nobody else does.
    const incoming = await requests(e.staff.providers[1].client, `?eventId=${e.event.id}`)
    expect(incoming).toHaveLength(1)
    expect(incoming[0]).toMatchObject({ direction: 'incoming', from: { organizationId: e.enterprises[0].id, name: e.enterprises[0].name }, need: { id: e.needs[0].id }, capability: { id: e.capabilities[1].id }, status: 'pending', session: null })
    expect((await requests(asker.client))[0]).toMatchObject({ id: sent.body.id, direction: 'outgoing', to: { organizationId: e.providers[1].id, name: e.providers[1].name } })
    for (const other of [e.staff.providers[0], e.staff.enterprises[1]]) expect(await requests(other.client, `?eventId=${e.event.id}`)).toEqual([])
    expect((await requests(t.api, `?eventId=${e.event.id}`)).map((r: any) => r.id)).toEqual([sent.body.id])

    // Only the organisation asked answers; the asker, a bystander and a coordinator cannot.
    expect((await asker.client.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'accepted' })).status).toBe(403)
    expect((await e.staff.providers[0].client.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'accepted' })).status).toBe(404)
    expect((await t.api.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'accepted' })).status).toBe(403)
    const accepted = await e.staff.providers[1].client.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'accepted', note: '欢迎，带上样布' })
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ status: 'accepted', answerNote: '欢迎，带上样布' })
    expect((await e.staff.providers[1].client.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'declined' })).status).toBe(409)
    expect((await t.api.get(`/api/v1/matches?needId=${e.needs[0].id}`)).body.items.find((m: any) => m.capabilityId === e.capabilities[1].id).status).toBe('shortlisted')

    const next = sink.received.length
    await dispatchVia(t.deps, sink.url)
    const answer = sink.received.slice(next).find((m) => m.parsed.subject?.startsWith('约见已接受'))!
    expect(answer.raw).toContain(asker.person.email)
    expect(answer.parsed.text).toContain('欢迎，带上样布')

    // One place: the accepted request takes it, and the coordinator's better-scoring pair says why it did not.
    const proposal = (await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: true })).body
    expect(proposal.sessions.map((s: any) => [s.needId, s.priority])).toEqual([[e.needs[0].id, 'request']])
    expect(proposal.dropped).toContainEqual(expect.objectContaining({ needId: e.needs[1].id, priority: 'shortlisted', reason: 'table_slots' }))
    expect(proposal.value.placed).toMatchObject({ request: 1, shortlisted: 0 })
    expect(proposal.value.bound).toMatchObject({ request: 1, shortlisted: 0 })
    expect(proposal.participants).toContainEqual(expect.objectContaining({ personId: e.contacts[0].id, meetings: 1, placed: 1, requests: 1, requestsPlaced: 1 }))
    expect(proposal.participants).toContainEqual(expect.objectContaining({ personId: e.contacts[1].id, meetings: 1, placed: 0, requests: 0, requestsPlaced: 0 }))
    // The request now shows its session, to both sides.
    expect((await requests(asker.client))[0].session).toMatchObject({ startsAt: '2026-12-12T00:30:00.000Z', tableName: 'A1' })
  })

  test('a declined request keeps the pair out of the timetable, even shortlisted, and may not be sent again', async () => {
    const e = await setUp(3)
    expect((await t.api.post('/api/v1/matches', { needId: e.needs[0].id, capabilityId: e.capabilities[0].id, status: 'shortlisted' })).status).toBe(201)
    const asked = (await e.staff.providers[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { capabilityId: e.capabilities[0].id, needId: e.needs[0].id, message: '我们可以上门' })).body
    // The other side cannot ask back while it waits for an answer: it answers.
    expect((await e.staff.enterprises[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { needId: e.needs[0].id, counterpartId: e.providers[0].id, message: '我们也想见' })).status).toBe(409)
    const declined = await e.staff.enterprises[0].client.post(`/api/v1/meeting-requests/${asked.id}/answer`, { answer: 'declined', note: '已有合作方' })
    expect(declined.body.status).toBe('declined')
    expect((await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced).toEqual([])
    expect((await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: false })).body.sessions).toEqual([])
    expect((await e.staff.providers[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[0].id, message: '再问一次' })).status).toBe(409)
    const before = sink.received.length
    await dispatchVia(t.deps, sink.url)
    const mail = sink.received.slice(before).find((m) => m.parsed.subject?.startsWith('约见被谢绝'))!
    expect(mail.raw).toContain(e.staff.providers[0].person.email)
    expect(mail.parsed.text).toContain('已有合作方')
  })

  test('a request names the asker’s own record; the answer names the answerer’s, or its only open one', async () => {
    const e = await setUp(3)
    const asker = e.staff.providers[0]
    // Only for one's own organisation, to an invited organisation of the other kind, once.
    const url = `/api/v1/events/${e.event.id}/meeting-requests`
    expect((await asker.client.post(url, { counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(400)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[1].id, counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(403)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.providers[1].id, message: '你好' })).status).toBe(400)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: (await buildEnterprise(t.api)).id, message: '你好' })).status).toBe(400)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[1].id, message: '' })).status).toBe(400)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[0].id, needId: e.needs[2].id, counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(400)
    expect((await t.api.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(403)
    const stranger = await buildMember(t.api, (await buildProvider(t.api)).id)
    expect((await stranger.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(404)
    const sent = await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[1].id, message: '你好' })
    expect(sent.status).toBe(201)
    expect((await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[1].id, message: '你好' })).status).toBe(409)

    // The enterprise has one open need: accepting without naming it brings that one.
    const accepted = (await e.staff.enterprises[1].client.post(`/api/v1/meeting-requests/${sent.body.id}/answer`, { answer: 'accepted' })).body
    expect(accepted).toMatchObject({ status: 'accepted', need: { id: e.needs[1].id }, capability: { id: e.capabilities[0].id } })
    const planning = (await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced
    expect(planning).toEqual([expect.objectContaining({ needId: e.needs[1].id, capabilityId: e.capabilities[0].id, priority: 'request', meetingRequestId: sent.body.id })])

    // With two open needs it must say which; a need not its own is refused.
    await buildNeed(t.api, e.enterprises[2].id, { title: '第二项需求' })
    const second = (await asker.client.post(url, { capabilityId: e.capabilities[0].id, counterpartId: e.enterprises[2].id, message: '你好' })).body
    const answer = (body: object) => e.staff.enterprises[2].client.post(`/api/v1/meeting-requests/${second.id}/answer`, body)
    expect((await answer({ answer: 'accepted' })).status).toBe(400)
    expect((await answer({ answer: 'accepted', needId: e.needs[0].id })).status).toBe(403)
    expect((await answer({ answer: 'accepted', needId: e.needs[2].id })).body.need.id).toBe(e.needs[2].id)
  })

  test('the asker withdraws a request not yet answered; then it cannot be answered', async () => {
    const e = await setUp(2)
    const sent = (await e.staff.enterprises[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { needId: e.needs[0].id, counterpartId: e.providers[0].id, message: '想约' })).body
    expect((await e.staff.providers[0].client.post(`/api/v1/meeting-requests/${sent.id}/withdraw`, {})).status).toBe(403)
    expect((await e.staff.enterprises[1].client.post(`/api/v1/meeting-requests/${sent.id}/withdraw`, {})).status).toBe(404)
    expect((await e.staff.enterprises[0].client.post(`/api/v1/meeting-requests/${sent.id}/withdraw`, {})).body.status).toBe('withdrawn')
    expect((await e.staff.providers[0].client.post(`/api/v1/meeting-requests/${sent.id}/answer`, { answer: 'accepted' })).status).toBe(409)
    // Withdrawn, it may be sent again.
    expect((await e.staff.enterprises[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { needId: e.needs[0].id, counterpartId: e.providers[0].id, message: '还是想约' })).status).toBe(201)
  })

  test('asking about an anonymous need does not tell the asker whose it is until they accept', async () => {
    const e = await setUp(2)
    const hidden = await buildNeed(t.api, e.enterprises[0].id, { title: '匿名需求', visibility: 'summary' })
    const sent = (await e.staff.providers[0].client.post(`/api/v1/events/${e.event.id}/meeting-requests`, { capabilityId: e.capabilities[0].id, needId: hidden.id, message: '我们能做' })).body
    const seen = (await requests(e.staff.providers[0].client))[0]
    expect(seen).toMatchObject({ id: sent.id, to: { organizationId: null, name: null }, need: { id: hidden.id, title: '匿名需求' } })
    expect(JSON.stringify(seen)).not.toContain(e.enterprises[0].id)
    await e.staff.enterprises[0].client.post(`/api/v1/meeting-requests/${sent.id}/answer`, { answer: 'accepted' })
    expect((await requests(e.staff.providers[0].client))[0].to).toEqual({ organizationId: e.enterprises[0].id, name: e.enterprises[0].name })
  })
})

describe('group sessions', () => {
  test('asked for, pairs of one capability share a table in one session; asked not, they meet one after another', async () => {
    const e = await setUp(2, 2)
    for (const n of [0, 1, 2]) expect((await t.api.post('/api/v1/matches', { needId: e.needs[n].id, capabilityId: e.capabilities[0].id, status: 'shortlisted' })).status).toBe(201)
    // Two slots, one expert, three enterprises: one at a time, one enterprise is left out.
    const single = (await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: false })).body
    expect(single.sessions).toHaveLength(2)
    expect(single.dropped).toHaveLength(1)
    // A table of four seats the expert and all three enterprises.
    const grouped = (await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: true, groupSessions: true })).body
    expect(grouped.sessions).toHaveLength(1)
    expect(grouped.dropped).toEqual([])
    expect(grouped.sessions[0].attendeeIds.sort()).toEqual([...e.contacts.map((c: any) => c.id), e.experts[0].id].sort())
    expect(grouped.sessions[0].group).toHaveLength(2)
    const booked = (await t.api.get(`/api/v1/events/${e.event.id}/sessions`)).body.items
    expect(booked).toHaveLength(1)
    expect(booked[0].groupMatches.map((m: any) => m.needId).sort()).toEqual(grouped.sessions[0].group.map((g: any) => g.needId).sort())
    for (const need of e.needs) expect((await t.api.get(`/api/v1/needs/${need.id}`)).body.status).toBe('scheduled')
    // Each enterprise's staff sees the session as theirs.
    for (const staff of e.staff.enterprises) expect((await staff.client.get(`/api/v1/events/${e.event.id}/sessions`)).body.items).toHaveLength(1)
  })
})

describe('who else comes', () => {
  test('a participant sees the other side’s organisations with the records it may read; a summary-only need is listed without its owner', async () => {
    const e = await setUp(2)
    const hidden = await buildNeed(t.api, e.enterprises[2].id, { title: `匿名需求${Date.now()}`, visibility: 'summary' })
    await buildNeed(t.api, e.enterprises[1].id, { title: '草稿需求', status: 'draft' })
    expect((await t.api.post('/api/v1/matches', { needId: e.needs[0].id, capabilityId: e.capabilities[0].id, status: 'shortlisted' })).status).toBe(201)
    await e.staff.providers[0].client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.enterprises[1].id, preference: 'must_meet' })
    const seen = (await e.staff.providers[0].client.get(`/api/v1/events/${e.event.id}/participants`)).body
    expect(seen.organizations.map((o: any) => o.organizationId).sort()).toEqual(e.enterprises.map((o: any) => o.id).sort())
    const first = seen.organizations.find((o: any) => o.organizationId === e.enterprises[0].id)
    expect(first).toMatchObject({ name: e.enterprises[0].name, kind: 'enterprise', paired: true, preference: null, records: [{ id: e.needs[0].id, title: e.needs[0].title, kind: 'need' }] })
    expect(seen.organizations.find((o: any) => o.organizationId === e.enterprises[1].id)).toMatchObject({ paired: false, preference: 'must_meet', records: [{ id: e.needs[1].id }] })
    expect(seen.organizations.find((o: any) => o.organizationId === e.enterprises[2].id).records.map((r: any) => r.id)).toEqual([e.needs[2].id])
    expect(seen.anonymous).toEqual([{ id: hidden.id, title: hidden.title, kind: 'need' }])
    // An enterprise sees the providers; someone not invited sees nothing.
    const other = (await e.staff.enterprises[0].client.get(`/api/v1/events/${e.event.id}/participants`)).body
    expect(other.organizations.map((o: any) => o.kind)).toEqual(['provider', 'provider'])
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await stranger.client.get(`/api/v1/events/${e.event.id}/participants`)).status).toBe(404)
  })
})
