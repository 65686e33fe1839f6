import ICAL from 'ical.js'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../src/deps.ts'
import { queueAnswerDigests } from '../src/events/answer-digest.ts'
import { queueReminders } from '../src/events/session-mail-jobs.ts'
import { dispatchOutbox } from '../src/jobs/mail-jobs.ts'
import { replyHandler } from '../src/jobs/reply-mailbox.ts'
import { startInboundSmtp } from '../src/mail/inbound-smtp.ts'
import { smtpTransport } from '../src/mail/smtp-transport.ts'
import { buildDockingPair, buildEnterprise, buildMember, buildNeed, buildPerson } from './support/builders.ts'
import { appleReply, googleReply, outlookReply, wrapping, type ReplyFor } from './support/reply-shapes.ts'
import { SmtpSink, type Received } from './support/smtp-sink.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// Invites as the attendee's mail and calendar clients receive them, and their answers coming back:
// delivered over a real SMTP server, parsed with ical.js and mailparser, answered by one-click
// links and by calendar REPLYs sent to the platform's own SMTP listener.

let t: TestApp
const sink = new SmtpSink()
let inbound: { port: number; close: () => Promise<void> }
beforeAll(async () => {
  t = await createTestApp()
  await sink.start()
  inbound = await startInboundSmtp({ host: '127.0.0.1', port: 0, address: 'replies@example.org', onMessage: replyHandler(t.deps) })
})
afterAll(async () => {
  await inbound?.close()
  await sink.stop()
  await t?.close()
})

const LINK = 'https://meeting.tencent.com/dm/X?pwd=a,b;c'
const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`).toISOString()
const deliver = async () => {
  const transport = smtpTransport(sink.url)
  const before = sink.received.length
  await dispatchOutbox(t.deps, transport).finally(() => transport.close())
  return sink.received.slice(before)
}

async function bookedSession(day: string, options: { online?: boolean; coordinator?: Awaited<ReturnType<typeof buildMember>> } = {}) {
  const api = options.coordinator?.client ?? t.api
  const { enterprise, provider, contact, expert, need, capability } = await buildDockingPair(t.api)
  const place = options.online ? { kind: 'online', onlineUrl: LINK } : { kind: 'on_site', venue: '汶上县科技馆', tables: [{ name: 'A1' }] }
  const event = await api.post('/api/v1/events', { title: '金桥行动汶上行', county: '汶上县', days: [{ date: day, opens: '08:30', closes: '17:00' }], invitedOrganizationIds: [enterprise.id, provider.id], ...place })
  expect(event.status, JSON.stringify(event.body)).toBe(201)
  const session = await api.post(`/api/v1/events/${event.body.id}/sessions`, {
    needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id], startsAt: at(day, '09:00'), endsAt: at(day, '09:30'), ...(options.online ? {} : { tableId: event.body.tables[0].id }),
  })
  expect(session.status, JSON.stringify(session.body)).toBe(201)
  return { event: event.body, session: session.body, contact, expert, api }
}

const to = (m: Received) => (m.parsed.to as { value: { address: string }[] }).value[0]!.address
const calendarOf = (m: Received) => {
  const part = m.parsed.attachments.find((a) => a.contentType === 'text/calendar')!
  return new ICAL.Component(ICAL.parse(part.content.toString('utf8')))
}
const headerBlock = (raw: string) => raw.slice(0, raw.indexOf('\r\n\r\n'))
const sessionNow = async (eventId: string, sessionId: string) => (await t.api.get(`/api/v1/events/${eventId}/sessions`)).body.items.find((s: any) => s.id === sessionId)
const responseOf = async (eventId: string, sessionId: string, personId: string) => (await sessionNow(eventId, sessionId)).attendees.find((a: any) => a.personId === personId).response

describe('what the invite carries', () => {
  test('a hand-booked online session carries the meeting link, written as a URI in URL and CONFERENCE', async () => {
    const { session } = await bookedSession('2026-12-07', { online: true })
    expect(session.onlineUrl).toBe(LINK)
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const mails = await deliver()
    expect(mails).toHaveLength(2)
    for (const mail of mails) {
      const vevent = calendarOf(mail).getFirstSubcomponent('vevent')!
      expect(vevent.getFirstPropertyValue('url')).toBe(LINK)
      expect(vevent.getFirstPropertyValue('conference')).toBe(LINK)
      expect(mail.raw.replace(/\r\n[ \t]/g, '')).not.toContain('pwd=a\\,b')
    }
    const file = await t.api.raw(`/api/v1/sessions/${session.id}/invite.ics`)
    expect((await file.text()).replace(/\r\n /g, '')).toContain(`\r\nURL:${LINK}\r\n`)
  })

  test('answers go to the platform: Reply-To and ORGANIZER are the reply mailbox; Message-IDs are on the sending domain', async () => {
    const { session } = await bookedSession('2026-12-08')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const [mail] = await deliver()
    expect(mail!.parsed.replyTo!.value[0]!.address).toBe('replies@example.org')
    expect(mail!.parsed.from!.value[0]!.address).toBe('jinqiao@example.org')
    expect(mail!.parsed.messageId).toMatch(/^<[0-9a-f-]+@example\.org>$/)
    const organizer = calendarOf(mail!).getFirstSubcomponent('vevent')!.getFirstProperty('organizer')!
    expect(organizer.getFirstValue()).toBe('mailto:replies@example.org')
  })

  test('each attendee gets the calendar text in their own language', async () => {
    const { session, contact, expert } = await bookedSession('2026-12-09')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const mails = await deliver()
    const description = (email: string) => String(calendarOf(mails.find((m) => to(m) === email)!).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description'))
    expect(description(contact.email)).toContain('对接活动：金桥行动汶上行')
    expect(description(expert.email)).toContain('Event: 金桥行动汶上行')
  })

  test('names and titles with line breaks or control characters are refused at input; prose may break lines', async () => {
    const enterprise = await buildEnterprise(t.api)
    for (const name of ['孙丽\n外联部', '孙丽\r外联部', '孙丽\u0000', '孙丽\u2028外联部', '孙丽\t外联部', '孙丽\u0085外联部']) {
      const r = await t.api.post('/api/v1/people', { organizationId: enterprise.id, name, email: 'x@example.org' })
      expect(r.status, JSON.stringify(name)).toBe(400)
      expect(r.body.errors[0].path).toBe('name')
    }
    expect((await t.api.post('/api/v1/organizations', { kind: 'enterprise', name: '鲁科\n纺织', county: '汶上县' })).status).toBe(400)
    expect((await t.api.post('/api/v1/needs', { organizationId: enterprise.id, title: '布面\r\n疵点', description: 'x', county: '汶上县', industryChain: '纺织服装' })).status).toBe(400)
    const need = await buildNeed(t.api, enterprise.id, { description: '第一段。\n第二段：\t要求在线检测。' })
    expect(need.description).toBe('第一段。\n第二段：\t要求在线检测。')
  })

  test('a name stored with a line break (before that rule) still never breaks a header or a feed', async () => {
    const { session, contact, event } = await bookedSession('2026-12-10')
    await t.db.updateTable('people').set({ name: '孙丽\n外联部, 主任;X' }).where('id', '=', contact.id).execute()
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const mail = (await deliver()).find((m) => to(m) === contact.email)!
    const headers = headerBlock(mail.raw).split('\r\n')
    // Every header line is a header or a folded continuation; nothing bare.
    for (const line of headers) expect(line).toMatch(/^([A-Za-z-]+: |[ \t])/)
    expect(mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'))).not.toMatch(/[^\r]\n/)
    expect((mail.parsed.to as { value: { name: string }[] }).value[0]!.name).toBe('孙丽 外联部, 主任;X')
    const attendee = calendarOf(mail).getFirstSubcomponent('vevent')!.getAllProperties('attendee').find((p) => String(p.getFirstValue()).includes(contact.email))!
    expect(attendee.getParameter('cn')).toBe('孙丽\n外联部, 主任;X')
    expect((await sessionNow(event.id, session.id)).attendees.length).toBe(2)
  })
})

describe('the personal feed', () => {
  test('no METHOD, no attendees, an escaped name and a refresh interval', async () => {
    const { session } = await bookedSession('2026-12-11')
    const member = await buildMember(t.api, null)
    await t.db.updateTable('people').set({ name: '孙丽, 外联部;主任' }).where('id', '=', member.person.id).execute()
    // The coordinator attends this one, so it is in their feed.
    await t.db.insertInto('sessionAttendees').values({ sessionId: session.id, personId: member.person.id, side: 'coordinator', during: `[${at('2026-12-11', '09:00')},${at('2026-12-11', '09:30')})` }).execute()
    const feed = await member.client.post('/api/v1/me/calendar-feed', {})
    const ics = await (await t.api.raw(new URL(feed.body.url).pathname)).text()
    expect(ics).not.toMatch(/^METHOD:/m)
    expect(ics).not.toMatch(/^ATTENDEE/m)
    expect(ics.replace(/\r\n /g, '')).toContain('X-WR-CALNAME:金桥对接日程 · 孙丽\\, 外联部\\;主任\r\n')
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n')
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('金桥对接日程 · 孙丽, 外联部;主任')
    expect(calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toContain(`${session.id}@jinqiao`)
  })
})

describe('updates in order', () => {
  test('moved twice before the outbox runs: only the newest version goes out', async () => {
    const { session, event } = await bookedSession('2026-12-14')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await deliver()
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-14', '10:00'), endsAt: at('2026-12-14', '10:30') })
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-14', '11:00'), endsAt: at('2026-12-14', '11:30') })
    const mails = await deliver()
    expect(mails).toHaveLength(2) // one per attendee, not two
    const latest = (await sessionNow(event.id, session.id)).sequence
    for (const m of mails) {
      const vevent = calendarOf(m).getFirstSubcomponent('vevent')!
      expect(vevent.getFirstPropertyValue('sequence')).toBe(latest)
      expect((vevent.getFirstPropertyValue('dtstart') as any).toJSDate().toISOString()).toBe('2026-12-14T03:00:00.000Z')
    }
    const superseded = await t.db.selectFrom('outbox').select('status').where('thread', 'like', `session:${session.id}:%`).where('status', '=', 'superseded').execute()
    expect(superseded).toHaveLength(2)
  })

  test('a newer version waits while an older one is being sent, then follows it', async () => {
    const { session } = await bookedSession('2026-12-15')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const order: number[] = []
    const slow = { send: async (m: { sequence: number | null }) => { await gate; order.push(m.sequence!) } }
    const fast = { send: async (m: { sequence: number | null }) => { order.push(m.sequence!) } }
    const first = dispatchOutbox(t.deps, slow as never) // takes the invites, and hangs on sending them
    await new Promise((r) => setTimeout(r, 200))
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-15', '10:00'), endsAt: at('2026-12-15', '10:30') })
    expect((await dispatchOutbox(t.deps, fast as never)).claimed).toBe(0) // the update does not overtake
    release()
    await first
    expect((await dispatchOutbox(t.deps, fast as never)).sent).toBe(2)
    expect(order.slice(0, 2).every((s) => s < order[2]!)).toBe(true)
  })

  test('a new time asks again: acceptances of the old time are reset, declines stay', async () => {
    const { session, event, contact, expert } = await bookedSession('2026-12-16')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'accepted', personId: contact.id })
    await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'declined', personId: expert.id })
    await t.api.patch(`/api/v1/sessions/${session.id}`, { tableId: event.tables[0].id }) // same table: nothing to ask
    expect(await responseOf(event.id, session.id, contact.id)).toBe('accepted')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-16', '10:00'), endsAt: at('2026-12-16', '10:30') })
    expect(await responseOf(event.id, session.id, contact.id)).toBe('needs_action')
    expect(await responseOf(event.id, session.id, expert.id)).toBe('declined')
  })
})

describe('reminders', () => {
  test('a reminder for a session later the same day says 今天, never 明天', async () => {
    const { session } = await bookedSession('2026-12-17')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await deliver()
    const saved = t.clock.now
    t.clock.now = new Date(at('2026-12-17', '07:00'))
    try {
      await queueReminders(actionContext(t.deps))
      const reminders = (await deliver()).filter((m) => m.parsed.subject!.includes('提醒'))
      expect(reminders.length).toBeGreaterThanOrEqual(2)
      for (const m of reminders.filter((r) => r.parsed.text!.includes('金桥行动汶上行') && r.parsed.text!.includes('12月17日'))) {
        expect(m.parsed.subject).toMatch(/^今天的对接会提醒/)
        expect(m.parsed.text).not.toContain('明天')
      }
    } finally {
      t.clock.now = saved
    }
  })
})

function linksIn(mail: Received) {
  const text = mail.parsed.text!
  const find = (label: string) => new RegExp(`${label}：(https?://\\S+)`).exec(text)![1]!
  return { accept: find('接受'), decline: find('谢绝'), counter: find('另约时间') }
}

describe('one-click answers', () => {
  test('the links answer for that attendee, that session, only after the button; the stored mail holds no credential', async () => {
    const { session, event, contact, expert } = await bookedSession('2026-12-18')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const stored = await t.db.selectFrom('outbox').select(['html', 'text']).where('thread', '=', `session:${session.id}:${contact.id}`).execute()
    expect(stored[0]!.text).toContain('{{answer-link:')
    expect(stored[0]!.text).not.toContain('/answer/')
    const mails = await deliver()
    const links = linksIn(mails.find((m) => to(m) === contact.email)!)
    expect(mails.find((m) => to(m) === contact.email)!.parsed.html).toContain(`href="${links.accept}"`)
    const path = (u: string) => new URL(u).pathname

    // A GET only shows the page (mail scanners follow links); the button answers.
    const page = await t.api.raw(path(links.accept))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('李建国，请确认')
    expect(html).toContain('<form method="post"')
    expect(await responseOf(event.id, session.id, contact.id)).toBe('needs_action')
    const accepted = await t.api.raw(path(links.accept), { method: 'POST', body: new URLSearchParams({}) })
    expect(accepted.status).toBe(200)
    expect(await accepted.text()).toContain('已确认参加')
    expect(await responseOf(event.id, session.id, contact.id)).toBe('accepted')
    expect(await responseOf(event.id, session.id, expert.id)).toBe('needs_action')

    // Decline with a note; the answers log shows both, by link.
    await t.api.raw(path(links.decline), { method: 'POST', body: new URLSearchParams({ note: '当天另有安排' }) })
    expect(await responseOf(event.id, session.id, contact.id)).toBe('declined')
    const log = (await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items
    expect(log.map((a: any) => [a.answer, a.source, a.note])).toEqual([['declined', 'link', '当天另有安排'], ['accepted', 'link', null]])
    expect(log[0]).toMatchObject({ personId: contact.id, personName: '李建国', answeredBy: null })

    // Another time: a note for the coordinator, the answer itself unchanged.
    const counter = await t.api.raw(path(links.counter), { method: 'POST', body: new URLSearchParams({ note: '12月18日下午' }) })
    expect(await counter.text()).toContain('已转告组织者')
    expect((await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items[0]).toMatchObject({ answer: 'counter', note: '12月18日下午' })
    expect(await responseOf(event.id, session.id, contact.id)).toBe('declined')
  })

  test('a changed or forged link is refused; a link expires with its session', async () => {
    const { session, contact } = await bookedSession('2026-12-21')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const links = linksIn((await deliver()).find((m) => to(m) === contact.email)!)
    const path = new URL(links.accept).pathname
    const forged = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA')
    expect((await t.api.raw(forged)).status).toBe(404)
    expect((await t.api.raw(forged, { method: 'POST', body: new URLSearchParams({}) })).status).toBe(404)
    expect((await t.api.raw('/answer/garbage')).status).toBe(404)
    // Turned into a decline link by changing its letter: the signature no longer holds.
    expect((await t.api.raw(path.replace(/\.a\./, '.d.'))).status).toBe(404)
    const saved = t.clock.now
    t.clock.now = new Date(at('2026-12-21', '10:00'))
    try {
      expect((await t.api.raw(path)).status).toBe(410)
      expect((await t.api.raw(path, { method: 'POST', body: new URLSearchParams({}) })).status).toBe(410)
    } finally {
      t.clock.now = saved
    }
  })

  test('answers are for coordinators to read', async () => {
    const { event } = await bookedSession('2026-12-22')
    const staff = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    expect((await staff.client.get(`/api/v1/events/${event.id}/answers`)).status).toBe(403)
    expect((await staff.client.get('/api/v1/inbound-replies')).status).toBe(403)
  })
})

async function replyFor(eventId: string, sessionId: string, attendee: { name: string; email: string }): Promise<ReplyFor> {
  const s = await sessionNow(eventId, sessionId)
  const local = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().replace(/[-:]/g, '').slice(0, 15)
  const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z'
  return {
    uid: `${sessionId}@jinqiao`, sequence: s.sequence, attendee, organizer: 'replies@example.org',
    local: { start: local(s.startsAt), end: local(s.endsAt) }, utc: { start: utc(s.startsAt), end: utc(s.endsAt) },
    stamp: utc(t.clock.now.toISOString()),
  }
}

async function sendReply(from: { name: string; email: string }, message: Record<string, unknown>, subject = '答复') {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inbound.port, secure: false, ignoreTLS: true })
  try {
    await transport.sendMail({ from: { name: from.name, address: from.email }, to: 'replies@example.org', subject, ...message })
  } finally {
    transport.close()
  }
}

const lastInbound = async () => (await t.api.get('/api/v1/inbound-replies?limit=1')).body.items[0]

describe('answers from calendar clients (iMIP REPLY to the platform’s SMTP listener)', () => {
  test('Outlook accepts, Google Calendar declines, Apple Calendar says tentative: each is recorded', async () => {
    const { session, event, contact, expert } = await bookedSession('2026-12-23')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await deliver()
    const r = await replyFor(event.id, session.id, { name: contact.name, email: contact.email })
    await sendReply(contact, wrapping.outlook(outlookReply(r, 'ACCEPTED', '准时参加')), '已接受: 金桥行动汶上行')
    expect(await responseOf(event.id, session.id, contact.id)).toBe('accepted')
    expect(await lastInbound()).toMatchObject({ outcome: 'applied', sessionId: session.id, fromEmail: contact.email })

    const w = await replyFor(event.id, session.id, { name: expert.name, email: expert.email })
    await sendReply(expert, wrapping.google(googleReply(w, 'DECLINED')), 'Declined: 金桥行动汶上行')
    expect(await responseOf(event.id, session.id, expert.id)).toBe('declined')

    t.clock.now = new Date(t.clock.now.getTime() + 1000)
    await sendReply(contact, wrapping.apple(appleReply({ ...r, stamp: (await replyFor(event.id, session.id, contact)).stamp }, 'TENTATIVE')))
    const log = (await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items
    expect(log.map((a: any) => [a.personName, a.answer, a.source])).toEqual([['李建国', 'tentative', 'email'], ['Dr. Wang', 'declined', 'email'], ['李建国', 'accepted', 'email']])
    expect(log.find((a: any) => a.answer === 'accepted').note).toBe('准时参加')
    expect(await responseOf(event.id, session.id, contact.id)).toBe('accepted') // tentative changes nothing but is passed on
  })

  test('a REPLY in GB18030 from a Chinese webmail is read', async () => {
    const { session, event, contact } = await bookedSession('2026-12-24')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await sendReply(contact, wrapping.gb18030(outlookReply(await replyFor(event.id, session.id, contact), 'DECLINED', '临时出差')))
    expect(await responseOf(event.id, session.id, contact.id)).toBe('declined')
    expect((await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items[0].note).toBe('临时出差')
  })

  test('forged, stale, unknown and repeated replies change nothing', async () => {
    const { session, event, contact, expert } = await bookedSession('2026-12-25')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const r = await replyFor(event.id, session.id, contact)
    // Someone else writes the attendee's Decline.
    await sendReply({ name: 'x', email: 'mallory@example.net' }, wrapping.google(googleReply(r, 'DECLINED')))
    expect(await lastInbound()).toMatchObject({ outcome: 'forged' })
    // The other attendee answers in the contact's name.
    await sendReply(expert, wrapping.google(googleReply(r, 'DECLINED')))
    expect(await lastInbound()).toMatchObject({ outcome: 'forged' })
    expect(await responseOf(event.id, session.id, contact.id)).toBe('needs_action')
    // An answer to the old time, after a reschedule.
    await t.api.patch(`/api/v1/sessions/${session.id}`, { startsAt: at('2026-12-25', '10:00'), endsAt: at('2026-12-25', '10:30') })
    await sendReply(contact, wrapping.outlook(outlookReply(r, 'ACCEPTED')))
    expect(await lastInbound()).toMatchObject({ outcome: 'stale' })
    expect(await responseOf(event.id, session.id, contact.id)).toBe('needs_action')
    // Not one of ours.
    await sendReply(contact, wrapping.google(googleReply({ ...r, uid: 'abc@google.com' }, 'ACCEPTED')))
    expect(await lastInbound()).toMatchObject({ outcome: 'unknown' })
    // A written answer without a calendar is kept, not guessed at.
    await sendReply(contact, { text: '好的，准时到。' })
    expect(await lastInbound()).toMatchObject({ outcome: 'unreadable' })
    // The same message twice is applied once.
    const fresh = await replyFor(event.id, session.id, contact)
    const message = { ...wrapping.outlook(outlookReply(fresh, 'ACCEPTED')), messageId: '<same-twice@example.org>' }
    await sendReply(contact, message)
    await sendReply(contact, message)
    const answers = (await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items.filter((a: any) => a.source === 'email')
    expect(answers).toHaveLength(1)
    expect(await responseOf(event.id, session.id, contact.id)).toBe('accepted')
  })

  test('a colleague may answer for the attendee when the REPLY says so (SENT-BY); a stranger may not', async () => {
    const { session, event, expert } = await bookedSession('2026-12-26')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const provider = (await t.api.get(`/api/v1/people/${expert.id}`)).body.organizationId
    const secretary = await buildPerson(t.api, provider, { name: '学会秘书' })
    const r = await replyFor(event.id, session.id, expert)
    await sendReply({ name: 'x', email: 'stranger@example.net' }, wrapping.google(googleReply(r, 'ACCEPTED', 'stranger@example.net')))
    expect(await lastInbound()).toMatchObject({ outcome: 'forged' })
    await sendReply(secretary, wrapping.google(googleReply(r, 'ACCEPTED', secretary.email)))
    expect(await lastInbound()).toMatchObject({ outcome: 'applied' })
    expect(await responseOf(event.id, session.id, expert.id)).toBe('accepted')
    expect((await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items[0]).toMatchObject({ personId: expert.id, answeredBy: secretary.id, source: 'email' })
  })

  test('Outlook’s “propose new time” (COUNTER) reaches the organizer as a note', async () => {
    const { session, event, contact } = await bookedSession('2026-12-28')
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    const r = await replyFor(event.id, session.id, contact)
    await sendReply(contact, wrapping.outlookCounter(outlookReply(r, 'TENTATIVE', '下午更方便', 'COUNTER', { start: '20261228T140000', end: '20261228T143000' })))
    const [answer] = (await t.api.get(`/api/v1/events/${event.id}/answers`)).body.items
    expect(answer).toMatchObject({ answer: 'counter', source: 'email' })
    expect(answer.note).toContain('2026-12-28 14:00')
    expect(answer.note).toContain('下午更方便')
  })

  test('the listener takes mail for the reply address only', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inbound.port, secure: false, ignoreTLS: true })
    await expect(transport.sendMail({ from: 'a@example.org', to: 'someone@elsewhere.example', subject: 'x', text: 'x' })).rejects.toThrow(/550|No such mailbox/)
    transport.close()
  })
})

describe('the organizer’s daily digest of declines', () => {
  test('one mail per event per day after 18:00, listing every decline and counter-proposal; later ones wait for the next day', async () => {
    const coordinator = await buildMember(t.api, null)
    await t.api.patch(`/api/v1/people/${coordinator.person.id}`, { email: 'organizer@example.org' })
    const { session, event, contact, expert } = await bookedSession('2026-12-29', { coordinator })
    await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
    await deliver()
    const saved = t.clock.now
    try {
      t.clock.now = new Date(at('2026-12-28', '10:00'))
      await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'declined', personId: contact.id })
      await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'declined', personId: expert.id })
      const ctx = () => actionContext(t.deps)
      expect(await queueAnswerDigests(ctx())).toBe(0) // not 18:00 yet
      t.clock.now = new Date(at('2026-12-28', '18:05'))
      expect(await queueAnswerDigests(ctx())).toBe(1)
      expect(await queueAnswerDigests(ctx())).toBe(0)
      const digests = (await deliver()).filter((m) => to(m) === 'organizer@example.org')
      expect(digests).toHaveLength(1)
      expect(digests[0]!.parsed.subject).toBe('谢绝与改期汇总：金桥行动汶上行（2026-12-28，2 条）')
      expect(digests[0]!.parsed.text).toContain('李建国')
      expect(digests[0]!.parsed.text).toContain('Dr. Wang')
      // A decline at 19:00 waits for tomorrow's digest.
      await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'accepted', personId: contact.id })
      t.clock.now = new Date(at('2026-12-28', '19:00'))
      await t.api.post(`/api/v1/sessions/${session.id}/respond`, { response: 'declined', personId: contact.id })
      expect(await queueAnswerDigests(ctx())).toBe(0)
      t.clock.now = new Date(at('2026-12-29', '18:00'))
      expect(await queueAnswerDigests(ctx())).toBe(1)
    } finally {
      t.clock.now = saved
    }
  })
})
