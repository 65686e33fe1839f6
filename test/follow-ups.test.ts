import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../src/deps.ts'
import { queueFollowUps, queueReminders } from '../src/events/session-mail-jobs.ts'
import { uuidv7 } from '../src/ids.ts'
import { buildCapability, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider } from './support/builders.ts'
import { dispatchVia } from './support/dispatch.ts'
import { SmtpSink } from './support/smtp-sink.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
const sink = new SmtpSink()
let s: Awaited<ReturnType<typeof twoSessions>>
beforeAll(async () => {
  t = await createTestApp()
  await sink.start()
  s = await twoSessions()
})
afterAll(async () => {
  await sink.stop()
  await t?.close()
})

const at = (time: string) => new Date(`2026-11-24T${time}:00+08:00`).toISOString()

/** Tomorrow (the test clock is 2026-11-23 10:00 in Jining): two confirmed sessions for one expert. */
async function twoSessions() {
  const enterprise = await buildEnterprise(t.api)
  const provider = await buildProvider(t.api)
  const expert = await buildMember(t.api, provider.id)
  const contacts = [await buildPerson(t.api, enterprise.id), await buildPerson(t.api, enterprise.id)]
  const need = await buildNeed(t.api, enterprise.id)
  const capability = await buildCapability(t.api, provider.id)
  const event = (await t.api.post('/api/v1/events', {
    title: '金桥行动线上对接会', kind: 'online', onlineUrl: 'https://meeting.example.org/jq', county: '任城区',
    days: [{ date: '2026-11-24', opens: '09:00', closes: '12:00' }], invitedOrganizationIds: [enterprise.id, provider.id],
  })).body
  const sessions = []
  for (const [i, time] of [['09:00', '09:30'], ['10:00', '10:30']].entries()) {
    const r = await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contacts[i]!.id, expert.person.id], startsAt: at(time[0]!), endsAt: at(time[1]!) })
    expect(r.status).toBe(201)
    sessions.push(r.body)
  }
  expect((await t.api.post(`/api/v1/events/${event.id}/confirm`, {})).body).toEqual({ confirmed: 2 })
  return { event, sessions, expert, contacts }
}

const dispatch = () => dispatchVia(t.deps, sink.url)

describe('answering an invite', () => {
  test('declining frees the time; accepting again needs it still free', async () => {
    const [first] = s.sessions
    const declined = await s.expert.client.post(`/api/v1/sessions/${first.id}/respond`, { response: 'declined' })
    expect(declined.status).toBe(200)
    expect(declined.body.attendees.find((a: any) => a.personId === s.expert.person.id).response).toBe('declined')
    const other = await buildNeed(t.api, (await buildEnterprise(t.api)).id)
    const clash = await t.api.post(`/api/v1/events/${s.event.id}/sessions`, { needId: other.id, capabilityId: s.sessions[0].capabilityId, attendeeIds: [s.expert.person.id], startsAt: at('09:00'), endsAt: at('09:30') })
    expect(clash.status).toBe(201)
    const again = await s.expert.client.post(`/api/v1/sessions/${first.id}/respond`, { response: 'accepted' })
    expect(again.status).toBe(409)
    await t.api.patch(`/api/v1/sessions/${clash.body.id}`, { status: 'cancelled' })
    expect((await s.expert.client.post(`/api/v1/sessions/${first.id}/respond`, { response: 'accepted' })).status).toBe(200)
    const stranger = await buildMember(t.api, (await buildProvider(t.api)).id)
    expect((await stranger.client.post(`/api/v1/sessions/${first.id}/respond`, { response: 'accepted' })).status).toBe(404)
  })
})

describe('private calendar feed', () => {
  test('a secret URL serves all of a person’s sessions, with no login, until revoked', async () => {
    const feed = await s.expert.client.post('/api/v1/me/calendar-feed', {})
    expect(feed.status).toBe(201)
    expect(feed.body.url).toMatch(/^https:\/\/jinqiao\.example\.org\/calendar\/jq_[\w-]+\.ics$/)
    expect(feed.body.webcal).toMatch(/^webcal:\/\/jinqiao\.example\.org\/calendar\//)
    const path = new URL(feed.body.url).pathname
    const res = await t.api.app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/calendar')
    const calendar = new ICAL.Component(ICAL.parse(await res.text()))
    const uids = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')))
    expect(uids).toEqual(expect.arrayContaining(s.sessions.map((x: any) => `${x.id}@jinqiao`)))

    const rotated = await s.expert.client.post('/api/v1/me/calendar-feed', {})
    expect((await t.api.app.request(path)).status).toBe(404)
    expect((await t.api.app.request(new URL(rotated.body.url).pathname)).status).toBe(200)
    expect((await s.expert.client.request('DELETE', '/api/v1/me/calendar-feed')).status).toBe(204)
    expect((await t.api.app.request(new URL(rotated.body.url).pathname)).status).toBe(404)
    expect((await t.api.app.request('/calendar/not-a-token.ics')).status).toBe(404)
  })
})

describe('reminders and follow-ups', () => {
  test('the day before, each attendee gets one reminder, however often the job runs', async () => {
    const ctx = actionContext(t.deps)
    expect(await queueReminders(ctx)).toBeGreaterThanOrEqual(2)
    await queueReminders(ctx)
    const reminders = await t.db.selectFrom('outbox').select(['toEmail', 'subject']).where('kind', '=', 'reminder').execute()
    expect(reminders).toHaveLength(4)
    expect(reminders[0]!.subject).toBe('明天的对接会提醒：金桥行动线上对接会')
  })

  test('after the session, a link with no login records how it went', async () => {
    const saved = t.clock.now
    t.clock.now = new Date('2026-11-24T06:00:00Z')
    try {
      const ctx = actionContext(t.deps)
      expect(await queueFollowUps(ctx)).toBe(4)
      expect(await queueFollowUps(ctx)).toBe(0)
      const before = sink.received.length
      await dispatch()
      const mail = sink.received.slice(before).find((m) => m.parsed.subject?.startsWith('对接会回访'))!
      const link = /https:\/\/jinqiao\.example\.org(\/follow-up\/[\w.-]+)/.exec(mail.parsed.text!)![1]!
      const form = await t.api.app.request(link)
      expect(form.status).toBe(200)
      expect(await form.text()).toContain('对接是否如期举行')
      const answer = await t.api.app.request(link, { method: 'POST', body: new URLSearchParams({ held: 'yes', usefulness: '5', intention: 'yes', nextStep: '下月到企业现场考察' }) })
      expect(answer.status).toBe(200)
      expect(await answer.text()).toContain('已收到')
      const row = await t.db.selectFrom('followUps').selectAll().where('respondedAt', 'is not', null).executeTakeFirstOrThrow()
      expect(row).toMatchObject({ held: true, usefulness: 5, intention: true, nextStep: '下月到企业现场考察' })
      const bad = await t.api.app.request(link, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ held: 'maybe', usefulness: 9 }) })
      expect(bad.status).toBe(400)
      expect(bad.headers.get('content-type')).toContain('application/problem+json')
      expect((await t.api.app.request('/follow-up/jq_unknown-token-000000')).status).toBe(404)

      // A coordinator confirms: the session becomes held and the reported intention is recorded.
      const answers = (await t.api.get('/api/v1/follow-ups?unconfirmed=true')).body.items
      expect(answers).toHaveLength(1)
      expect(answers[0]).toMatchObject({ held: true, intention: true, nextStep: '下月到企业现场考察' })
      expect((await s.expert.client.post(`/api/v1/follow-ups/${answers[0].id}/confirm`, {})).status).toBe(403)
      const confirmed = await t.api.post(`/api/v1/follow-ups/${answers[0].id}/confirm`, {})
      expect(confirmed.status).toBe(200)
      expect(confirmed.body.sessionHeld).toBe(true)
      expect(confirmed.body.intentionId).toBeTruthy()
      const session = (await t.api.get(`/api/v1/events/${s.event.id}/sessions`)).body.items.find((x: any) => x.id === answers[0].sessionId)
      expect(session.status).toBe('held')
      const intentions = (await t.api.get('/api/v1/intentions')).body.items
      expect(intentions.find((i: any) => i.id === confirmed.body.intentionId)).toMatchObject({ sessionId: answers[0].sessionId, statedOn: '2026-11-24', description: '下月到企业现场考察' })
      expect((await t.api.post(`/api/v1/follow-ups/${answers[0].id}/confirm`, {})).status).toBe(409)
      expect((await t.api.get('/api/v1/follow-ups?unconfirmed=true')).body.items).toHaveLength(0)
      // Confirmed is final through the link: it shows the answers and no longer rewrites them.
      const shown = await (await t.api.app.request(link)).text()
      expect(shown).toContain('已由科协确认')
      expect(shown).not.toContain('<form')
      const rewrite = await t.api.app.request(link, { method: 'POST', body: new URLSearchParams({ held: 'no', intention: 'no' }) })
      expect(rewrite.status).toBe(409)
      expect(await t.db.selectFrom('followUps').select(['held', 'intention']).where('id', '=', answers[0].id).executeTakeFirstOrThrow()).toEqual({ held: true, intention: true })
      // The stored mail never held the link itself.
      const stored = await t.db.selectFrom('outbox').select('text').where('kind', '=', 'follow_up').execute()
      expect(stored.every((m) => m.text.includes('{{follow-up-link:') && !m.text.includes('/follow-up/'))).toBe(true)

      // Who has not answered: the three others, each with a way to send the link again.
      const unanswered = (await t.api.get('/api/v1/follow-ups?answered=false')).body.items
      expect(unanswered).toHaveLength(3)
      expect(unanswered.every((f: any) => !f.answered && f.personName && f.askedAt)).toBe(true)
      expect((await t.api.get('/api/v1/follow-ups')).body.items).toHaveLength(4)
      // Someone asked about one session only, so their one earlier mail holds the link being replaced.
      const all = (await t.api.get('/api/v1/follow-ups')).body.items
      const chase = unanswered.find((f: any) => all.filter((g: any) => g.personId === f.personId).length === 1)
      const oldMail = sink.received.slice(before).find((m) => m.parsed.subject?.startsWith("对接会回访") && JSON.stringify(m.parsed.to).includes(chase.personEmail))!
      const oldLink = /https:\/\/jinqiao\.example\.org(\/follow-up\/[\w.-]+)/.exec(oldMail.parsed.text!)![1]!
      expect((await s.expert.client.post(`/api/v1/follow-ups/${chase.id}/resend`, {})).status).toBe(403)
      const resent = await t.api.post(`/api/v1/follow-ups/${chase.id}/resend`, {})
      expect(resent.status).toBe(200)
      const sentBefore = sink.received.length
      await dispatch()
      const again = sink.received.slice(sentBefore).find((m) => m.parsed.subject?.startsWith('对接会回访'))!
      expect(JSON.stringify(again.parsed.to)).toContain(chase.personEmail)
      const newLink = /https:\/\/jinqiao\.example\.org(\/follow-up\/[\w.-]+)/.exec(again.parsed.text!)![1]!
      expect(newLink).not.toBe(oldLink)
      expect((await t.api.app.request(oldLink)).status).toBe(404)
      expect((await t.api.app.request(newLink)).status).toBe(200)
      expect((await t.api.post(`/api/v1/follow-ups/${answers[0].id}/resend`, {})).status).toBe(409)
      // Thirty days after the session (JINQIAO_FOLLOW_UP_DAYS) the link has expired.
      const chased = (await t.api.get(`/api/v1/events/${s.event.id}/sessions`)).body.items.find((x: any) => x.id === chase.sessionId)
      t.clock.now = new Date(new Date(chased.endsAt).getTime() + 30 * 86_400_000 - 60_000)
      expect((await t.api.app.request(newLink)).status).toBe(200)
      t.clock.now = new Date(new Date(chased.endsAt).getTime() + 30 * 86_400_000 + 1000)
      const late = await t.api.app.request(newLink)
      expect(late.status).toBe(410)
      expect(await late.text()).toContain('回访链接已过期')
      expect((await t.api.app.request(newLink, { method: 'POST', body: new URLSearchParams({ held: 'yes' }) })).status).toBe(410)
    } finally {
      t.clock.now = saved
    }
  })
})
