import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
let ctx: Awaited<ReturnType<typeof setUpEvent>>
beforeAll(async () => {
  t = await createTestApp()
  ctx = await setUpEvent()
})
afterAll(async () => { await t?.close() })

/** An on-site county day: 3 enterprises, 2 providers, 4 shortlisted matches, 2 tables. */
async function setUpEvent() {
  const enterprises = [await buildEnterprise(t.api), await buildEnterprise(t.api), await buildEnterprise(t.api)]
  const providers = [await buildProvider(t.api), await buildProvider(t.api)]
  const contacts = await Promise.all(enterprises.map((e) => buildPerson(t.api, e.id, { position: '技术总监' })))
  const experts = await Promise.all(providers.map((p) => buildPerson(t.api, p.id, { position: '教授' })))
  const needs = await Promise.all(enterprises.map((e, i) => buildNeed(t.api, e.id, { contactPersonId: contacts[i].id, title: `需求${i}` })))
  const capabilities = await Promise.all(providers.map((p, i) => buildCapability(t.api, p.id, { expertIds: [experts[i].id], title: `能力${i}` })))
  for (const [n, c] of [[0, 0], [0, 1], [1, 0], [2, 1]] as const) {
    expect((await t.api.post('/api/v1/matches', { needId: needs[n].id, capabilityId: capabilities[c].id, status: 'shortlisted' })).status).toBe(201)
  }
  const event = await t.api.post('/api/v1/events', {
    title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', slotMinutes: 30,
    days: [{ date: '2026-12-05', opens: '08:30', closes: '11:30', breaks: [{ start: '10:00', end: '10:30' }] }],
    tables: [{ name: 'A1', capacity: 4 }, { name: 'A2', capacity: 4 }],
    invitedOrganizationIds: [...enterprises, ...providers].map((o) => o.id),
  })
  expect(event.status).toBe(201)
  return { enterprises, providers, contacts, experts, needs, capabilities, event: event.body }
}

const at = (time: string) => new Date(`2026-12-05T${time}:00+08:00`).toISOString()

describe('events', () => {
  test('an event keeps its days in its own time zone, and its slots leave out breaks', async () => {
    expect(ctx.event.days).toEqual([{ startsAt: '2026-12-05T00:30:00.000Z', endsAt: '2026-12-05T03:30:00.000Z' }])
    expect(ctx.event.breaks).toEqual([{ startsAt: '2026-12-05T02:00:00.000Z', endsAt: '2026-12-05T02:30:00.000Z' }])
    expect(ctx.event.slots).toBe(5)
    expect(ctx.event.tables.map((x: any) => x.name)).toEqual(['A1', 'A2'])
  })

  test('invited staff see the event, others do not; only coordinators create events', async () => {
    const invited = await buildMember(t.api, ctx.enterprises[0].id)
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await invited.client.get(`/api/v1/events/${ctx.event.id}`)).status).toBe(200)
    expect((await stranger.client.get(`/api/v1/events/${ctx.event.id}`)).status).toBe(404)
    expect((await stranger.client.get('/api/v1/events')).body.items.map((e: any) => e.id)).not.toContain(ctx.event.id)
    expect((await invited.client.post('/api/v1/events', { title: 'x', kind: 'online', county: '任城区', days: [{ date: '2026-12-06', opens: '09:00', closes: '10:00' }] })).status).toBe(403)
  })

  test('bad event input is a clear 400', async () => {
    const base = { title: 'x', kind: 'on_site', county: '任城区', tables: [{ name: 'A' }], days: [{ date: '2026-12-06', opens: '09:00', closes: '10:00' }] }
    for (const bad of [
      { ...base, days: [{ date: '2026-12-06', opens: '10:00', closes: '09:00' }] },
      { ...base, timeZone: 'Mars/Olympus' },
      { ...base, tables: [] },
      { ...base, tables: [{ name: 'A' }, { name: 'A' }] },
      { ...base, days: [{ date: '2026-02-30', opens: '09:00', closes: '10:00' }] },
      { ...base, invitedOrganizationIds: ['01900000-0000-7000-8000-000000000000'] },
    ]) expect((await t.api.post('/api/v1/events', bad)).status, JSON.stringify(bad)).toBe(400)
  })
})

describe('booking by hand', () => {
  test('nobody is in two sessions at once: the 409 names the clash, and nothing is written', async () => {
    const base = { needId: ctx.needs[0].id, capabilityId: ctx.capabilities[0].id, attendeeIds: [ctx.contacts[0].id, ctx.experts[0].id] }
    const first = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('08:30'), endsAt: at('09:00'), tableId: ctx.event.tables[0].id })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ status: 'proposed', pinned: true, sequence: 0 })
    const samePerson = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, needId: ctx.needs[1].id, attendeeIds: [ctx.contacts[1].id, ctx.experts[0].id], startsAt: at('08:45'), endsAt: at('09:15'), tableId: ctx.event.tables[1].id })
    expect(samePerson.status).toBe(409)
    expect(samePerson.body.detail).toContain(ctx.experts[0].name)
    const sameTable = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, needId: ctx.needs[2].id, capabilityId: ctx.capabilities[1].id, attendeeIds: [ctx.contacts[2].id, ctx.experts[1].id], startsAt: at('08:30'), endsAt: at('09:00'), tableId: ctx.event.tables[0].id })
    expect(sameTable.status).toBe(409)
    expect(sameTable.body.detail).toContain('A1')
    expect((await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items).toHaveLength(1)

    // Cancelled, the session stops blocking anyone; moved, its sequence rises.
    const moved = await t.api.patch(`/api/v1/sessions/${first.body.id}`, { status: 'confirmed' })
    expect(moved.body).toMatchObject({ status: 'confirmed', sequence: 1 })
    const later = await t.api.patch(`/api/v1/sessions/${first.body.id}`, { startsAt: at('09:00'), endsAt: at('09:30') })
    expect(later.body).toMatchObject({ status: 'rescheduled', sequence: 2, startsAt: at('09:00') })
    const cancelled = await t.api.patch(`/api/v1/sessions/${first.body.id}`, { status: 'cancelled' })
    expect(cancelled.body.status).toBe('cancelled')
    const freed = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('09:00'), endsAt: at('09:30'), tableId: ctx.event.tables[0].id })
    expect(freed.status).toBe(201)
    await t.api.patch(`/api/v1/sessions/${freed.body.id}`, { status: 'cancelled' })
  })

  test('a session’s invite file is for its attendees, their colleagues and coordinators', async () => {
    const base = { needId: ctx.needs[2].id, capabilityId: ctx.capabilities[1].id, attendeeIds: [ctx.contacts[2].id, ctx.experts[1].id] }
    const booked = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('11:00'), endsAt: at('11:30'), tableId: ctx.event.tables[1].id })
    const file = await t.api.get(`/api/v1/sessions/${booked.body.id}/invite.ics`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST')
    expect(file.body).toContain(`UID:${booked.body.id}@jinqiao`)
    expect(file.body).toContain('DTSTART:20261205T030000Z')
    const colleague = await buildMember(t.api, ctx.enterprises[2].id)
    expect((await colleague.client.get(`/api/v1/sessions/${booked.body.id}/invite.ics`)).status).toBe(200)
    const outsider = await buildMember(t.api, ctx.enterprises[0].id)
    expect((await outsider.client.get(`/api/v1/sessions/${booked.body.id}/invite.ics`)).status).toBe(404)
    await t.api.patch(`/api/v1/sessions/${booked.body.id}`, { status: 'cancelled' })
    expect((await t.api.get(`/api/v1/sessions/${booked.body.id}/invite.ics`)).headers.get('content-type')).toContain('method=CANCEL')
  })

  test('a group session holds several pairs at one table, all named in its invite', async () => {
    const group = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, {
      needId: ctx.needs[1].id, capabilityId: ctx.capabilities[0].id, startsAt: at('10:30'), endsAt: at('11:00'), tableId: ctx.event.tables[1].id,
      attendeeIds: [ctx.contacts[1].id, ctx.contacts[2].id, ctx.experts[0].id],
      groupMatches: [{ needId: ctx.needs[2].id, capabilityId: ctx.capabilities[0].id }],
    })
    expect(group.status).toBe(201)
    expect(group.body.groupMatches).toEqual([{ needId: ctx.needs[2].id, capabilityId: ctx.capabilities[0].id }])
    expect(group.body.attendees).toHaveLength(3)
    const ics = (await t.api.get(`/api/v1/sessions/${group.body.id}/invite.ics`)).body.replace(/\r\n /g, '')
    expect(ics).toContain('需求1 × 能力0；需求2 × 能力0')
    await t.api.patch(`/api/v1/sessions/${group.body.id}`, { status: 'cancelled' })
  })

  test('a session outside the event’s hours, at another event’s table or by a non-coordinator is refused', async () => {
    const base = { needId: ctx.needs[0].id, capabilityId: ctx.capabilities[0].id, attendeeIds: [ctx.contacts[0].id] }
    const late = await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('18:00'), endsAt: at('18:30') })
    expect(late.status).toBe(422)
    expect(late.body.type).toBe('/problems/outside-opening-hours')
    expect((await t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('08:30'), endsAt: at('09:00'), tableId: '01900000-0000-7000-8000-000000000000' })).status).toBe(400)
    const staff = await buildMember(t.api, ctx.enterprises[0].id)
    expect((await staff.client.post(`/api/v1/events/${ctx.event.id}/sessions`, { ...base, startsAt: at('08:30'), endsAt: at('09:00') })).status).toBe(403)
  })

  // On PostgreSQL the requests race on separate connections; on PGlite they queue on its one.
  test('many coordinators booking the same person at the same moment: exactly one wins', async () => {
    const expert = await buildPerson(t.api, ctx.providers[0].id)
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.api.post(`/api/v1/events/${ctx.event.id}/sessions`, {
          needId: ctx.needs[i % 3].id, capabilityId: ctx.capabilities[0].id, attendeeIds: [expert.id], startsAt: at('11:00'), endsAt: at('11:30'),
        }),
      ),
    )
    expect(attempts.filter((r) => r.status === 201)).toHaveLength(1)
    expect(attempts.filter((r) => r.status === 409)).toHaveLength(11)
    expect(attempts.every((r) => r.status === 201 || r.status === 409)).toBe(true)
    const winner = attempts.find((r) => r.status === 201)!
    expect((await t.api.patch(`/api/v1/sessions/${winner.body.id}`, { status: 'cancelled' })).status).toBe(200)
  })
})

describe('scheduling', () => {
  test('proposes a timetable from the shortlisted matches, reaching the lower bound, then applies it', async () => {
    const proposal = await t.api.post(`/api/v1/events/${ctx.event.id}/schedule`, { apply: false })
    expect(proposal.status).toBe(200)
    expect(proposal.body).toMatchObject({ applied: false, method: 'edge-colouring', dropped: [] })
    expect(proposal.body.sessions).toHaveLength(4)
    expect(proposal.body.slotsUsed).toBe(proposal.body.lowerBound)
    expect(proposal.body.lowerBound).toBe(2)
    expect((await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items.filter((s: any) => s.status !== 'cancelled')).toHaveLength(0)

    const applied = await t.api.post(`/api/v1/events/${ctx.event.id}/schedule`, { apply: true })
    expect(applied.body.applied).toBe(true)
    const sessions = (await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items.filter((s: any) => s.status !== 'cancelled')
    expect(sessions).toHaveLength(4)
    expect(sessions.every((s: any) => s.attendees.length === 2)).toBe(true)
    // Re-running replaces its own proposals rather than adding to them.
    await t.api.post(`/api/v1/events/${ctx.event.id}/schedule`, { apply: true })
    expect((await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items.filter((s: any) => s.status !== 'cancelled')).toHaveLength(4)
  })

  test('availability is respected, and a pinned session stays put', async () => {
    const live = (await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items.filter((s: any) => s.status !== 'cancelled')
    const pin = live[0]
    await t.api.patch(`/api/v1/sessions/${pin.id}`, { pinned: true })
    const expert = ctx.experts[1]
    expect((await t.api.request('PUT', `/api/v1/events/${ctx.event.id}/availability`, { personId: expert.id, windows: [{ startsAt: at('10:30'), endsAt: at('11:30') }] })).status).toBe(200)
    const result = await t.api.post(`/api/v1/events/${ctx.event.id}/schedule`, { apply: true })
    expect(result.body.method).toBe('search')
    const after = (await t.api.get(`/api/v1/events/${ctx.event.id}/sessions`)).body.items.filter((s: any) => s.status !== 'cancelled')
    expect(after.find((s: any) => s.id === pin.id).startsAt).toBe(pin.startsAt)
    for (const s of after.filter((x: any) => x.attendees.some((a: any) => a.personId === expert.id) && x.id !== pin.id)) {
      expect(s.startsAt >= at('10:30')).toBe(true)
    }
  })

  test('staff set availability for their own people only', async () => {
    const staff = await buildMember(t.api, ctx.enterprises[0].id)
    expect((await staff.client.request('PUT', `/api/v1/events/${ctx.event.id}/availability`, { windows: [{ startsAt: at('08:30'), endsAt: at('09:30') }] })).status).toBe(200)
    expect((await staff.client.request('PUT', `/api/v1/events/${ctx.event.id}/availability`, { personId: ctx.experts[0].id, windows: [] })).status).toBe(403)
    expect((await staff.client.post(`/api/v1/events/${ctx.event.id}/schedule`, { apply: true })).status).toBe(403)
  })
})

describe('the timetable workspace', () => {
  test('lists the meetings still to place with who would attend, and an applied proposal can be taken back', async () => {
    const e = await setUpEvent()
    const planning = await t.api.get(`/api/v1/events/${e.event.id}/planning`)
    expect(planning.status).toBe(200)
    expect(planning.body.slots).toHaveLength(5)
    expect(planning.body.unplaced).toHaveLength(4)
    expect(planning.body.unplaced[0].attendees.map((a: any) => a.side)).toEqual(['enterprise', 'provider'])
    expect(planning.body.unplaced.map((m: any) => m.attendees[0].personId)).toContain(e.contacts[0].id)

    await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: true })
    expect((await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced).toHaveLength(0)
    const live = (await t.api.get(`/api/v1/events/${e.event.id}/sessions`)).body.items
    await t.api.patch(`/api/v1/sessions/${live[0].id}`, { pinned: true })
    const cleared = await t.api.post(`/api/v1/events/${e.event.id}/schedule/clear`, {})
    expect(cleared.body).toEqual({ removed: 3 })
    // The pinned one stays; the other three are to place again.
    expect((await t.api.get(`/api/v1/events/${e.event.id}/sessions`)).body.items.map((s: any) => s.id)).toEqual([live[0].id])
    expect((await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced).toHaveLength(3)

    // On the day: the contact checks in at the desk, on every session of theirs; a mistake is undone.
    const contact = e.contacts[0].id
    const arrived = await t.api.post(`/api/v1/events/${e.event.id}/check-in`, { personId: contact })
    expect(arrived.body).toMatchObject({ personId: contact, sessions: 1 })
    const mine = (await t.api.get(`/api/v1/events/${e.event.id}/sessions`)).body.items[0].attendees.find((a: any) => a.personId === contact)
    expect(mine.checkedInAt).toBe(arrived.body.checkedInAt)
    expect((await t.api.post(`/api/v1/events/${e.event.id}/check-in`, { personId: contact, present: false })).body.checkedInAt).toBeNull()
    expect((await t.api.post(`/api/v1/events/${e.event.id}/check-in`, { personId: e.contacts[2].id })).status).toBe(404)

    const staff = await buildMember(t.api, e.enterprises[0].id)
    expect((await staff.client.post(`/api/v1/events/${e.event.id}/check-in`, { personId: contact })).status).toBe(403)
    expect((await staff.client.get(`/api/v1/events/${e.event.id}/planning`)).status).toBe(403)
    expect((await staff.client.post(`/api/v1/events/${e.event.id}/schedule/clear`, {})).status).toBe(403)
  })
})

describe('participants’ preferences', () => {
  test('no thanks from either side keeps a pair out of the timetable; must meet puts a pair first; only for invited counterparts of the other kind', async () => {
    const e = await setUpEvent()
    const enterpriseStaff = await buildMember(t.api, e.enterprises[0].id)
    const providerStaff = await buildMember(t.api, e.providers[1].id)
    // 需求0 ↔ 能力0: the enterprise would rather not; 需求2 ↔ 能力1: the provider must meet them.
    expect((await enterpriseStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.providers[0].id, preference: 'no_thanks' })).status).toBe(200)
    expect((await providerStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.enterprises[2].id, preference: 'must_meet' })).status).toBe(200)
    const planning = (await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced
    expect(planning.map((m: any) => m.needTitle).sort()).toEqual(['需求0', '需求1', '需求2'])
    expect(planning.find((m: any) => m.needTitle === '需求0').capabilityTitle).toBe('能力1')
    expect(planning[0]).toMatchObject({ needTitle: '需求2', mustMeet: true })
    expect(planning[0].score).toBeLessThanOrEqual(1)
    const proposal = (await t.api.post(`/api/v1/events/${e.event.id}/schedule`, { apply: false })).body
    expect(proposal.sessions.map((s: any) => `${s.needTitle}/${s.capabilityTitle}`).sort()).toEqual(['需求0/能力1', '需求1/能力0', '需求2/能力1'])

    // Each side sees its own; the coordinator sees both; a counterpart not invited, or of the same kind, is refused.
    expect((await enterpriseStaff.client.get(`/api/v1/events/${e.event.id}/preferences`)).body.items).toEqual([{ organizationId: e.enterprises[0].id, counterpartId: e.providers[0].id, preference: 'no_thanks' }])
    expect((await t.api.get(`/api/v1/events/${e.event.id}/preferences`)).body.items).toHaveLength(2)
    expect((await enterpriseStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.enterprises[1].id, preference: 'meet' })).status).toBe(400)
    const outsider = await buildProvider(t.api)
    expect((await enterpriseStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: outsider.id, preference: 'meet' })).status).toBe(400)
    expect((await enterpriseStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.providers[0].id, preference: 'meet', organizationId: e.enterprises[1].id })).status).toBe(403)
    const stranger = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await stranger.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.providers[0].id, preference: 'meet' })).status).toBe(404)
    // Changing one's mind is a PUT again: the pair is back.
    await enterpriseStaff.client.request('PUT', `/api/v1/events/${e.event.id}/preferences`, { counterpartId: e.providers[0].id, preference: 'meet' })
    expect((await t.api.get(`/api/v1/events/${e.event.id}/planning`)).body.unplaced).toHaveLength(4)
  })
})
