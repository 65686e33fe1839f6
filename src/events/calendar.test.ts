import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { personFeed, sessionInvite, type CalendarSession } from './calendar.ts'

// Checked with ical.js (the parser Thunderbird uses), not with the library that wrote the file.

const session: CalendarSession = {
  id: '019ab3c2-6a1e-7c3d-9f00-1a2b3c4d5e6f', sequence: 0,
  startsAt: new Date('2026-12-05T08:30:00+08:00'), endsAt: new Date('2026-12-05T09:00:00+08:00'),
  summary: '金桥行动汶上行：布面疵点在线视觉检测 × 织物缺陷机器视觉检测系统',
  description: '对接双方：济宁鲁锦纺织有限公司、山东理工大学。请提前十分钟到场，携带产品样布。'.repeat(2),
  location: '汶上县科技馆 A1 桌', url: null, conferenceLabel: '线上会议', alarm: '对接会30分钟后开始', language: 'zh', cancelled: false,
}
const LINK = 'https://meeting.tencent.com/dm/X?pwd=a,b;c'
const organizer = { name: '汶上县科协', email: 'kx@example.org' }
const attendees = [
  { name: '李建国', email: 'li@example.org', response: 'needs_action' as const },
  { name: '王教授', email: 'wang@example.org', response: 'accepted' as const },
]
const stamp = new Date('2026-11-23T10:00:00Z')

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) }
}

describe('session invites', () => {
  test('a REQUEST names the organizer and every attendee with RSVP, in UTC times', () => {
    const { method, ics } = sessionInvite({ session, organizer, attendees, stamp })
    expect(method).toBe('REQUEST')
    const { calendar, event } = parse(ics)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(event.uid).toBe(`${session.id}@jinqiao`)
    expect(event.sequence).toBe(0)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-05T00:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-05T01:00:00.000Z')
    expect(event.summary).toBe(session.summary)
    expect(event.description).toBe(session.description)
    expect(String(event.component.getFirstPropertyValue('organizer'))).toBe('mailto:kx@example.org')
    const people = event.attendees.map((a) => ({ to: String(a.getFirstValue()).toLowerCase(), rsvp: a.getParameter('rsvp'), partstat: a.getParameter('partstat'), cn: a.getParameter('cn') }))
    expect(people).toEqual([
      { to: 'mailto:li@example.org', rsvp: 'TRUE', partstat: 'NEEDS-ACTION', cn: '李建国' },
      { to: 'mailto:wang@example.org', rsvp: 'TRUE', partstat: 'ACCEPTED', cn: '王教授' },
    ])
    expect(ics).toMatch(/^DTSTAMP:20261123T100000Z\r$/m)
  })

  test('the file follows RFC 5545: CRLF, lines folded at 75 octets, UTF-8 Chinese intact', () => {
    const { ics } = sessionInvite({ session, organizer, attendees, stamp })
    expect(ics.endsWith('\r\n')).toBe(true)
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    // Folding never splits a character: every line decodes as it was encoded.
    const bytes = new TextEncoder().encode(ics)
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(ics)
    expect(parse(ics).event.description).toContain('携带产品样布')
  })

  test('a reschedule keeps the UID and raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const moved = parse(sessionInvite({ session: { ...session, sequence: 2, startsAt: new Date('2026-12-05T02:00:00Z'), endsAt: new Date('2026-12-05T02:30:00Z') }, organizer, attendees, stamp }).ics)
    expect(moved.event.uid).toBe(`${session.id}@jinqiao`)
    expect(moved.event.sequence).toBe(2)
    const cancel = sessionInvite({ session: { ...session, sequence: 3, cancelled: true }, organizer, attendees, stamp })
    expect(cancel.method).toBe('CANCEL')
    const parsed = parse(cancel.ics)
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(parsed.event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(parsed.event.sequence).toBe(3)
  })

  test('a meeting link is written as a URI, in URL and in CONFERENCE, never escaped as text', () => {
    const { ics } = sessionInvite({ session: { ...session, url: LINK }, organizer, attendees, stamp })
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain(`\r\nURL:${LINK}\r\n`)
    expect(unfolded).toMatch(new RegExp(`\\r\\nCONFERENCE;[^:]*VALUE=URI[^:]*:${LINK.replace(/[?]/g, '\\?')}\\r\\n`))
    const event = parse(ics).event
    expect(event.component.getFirstPropertyValue('url')).toBe(LINK)
    expect(event.component.getFirstProperty('conference')!.getParameter('feature')).toBe('VIDEO')
  })

  test('what real clients use: a 30-minute alarm, Outlook busy status, CUTYPE on attendees', () => {
    const event = parse(sessionInvite({ session, organizer, attendees, stamp }).ics).event
    const alarm = event.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT30M')
    expect(event.component.getFirstPropertyValue('x-microsoft-cdo-busystatus')).toBe('BUSY')
    expect(event.attendees.map((a) => a.getParameter('cutype'))).toEqual(['INDIVIDUAL', 'INDIVIDUAL'])
    const cancelled = parse(sessionInvite({ session: { ...session, cancelled: true }, organizer, attendees, stamp }).ics).event
    expect(cancelled.component.getFirstSubcomponent('valarm')).toBeNull()
    expect(cancelled.component.getFirstPropertyValue('x-microsoft-cdo-busystatus')).toBe('FREE')
  })

  test('a feed is facts, not a meeting: no METHOD, no attendees, a name that is escaped, a refresh interval', () => {
    const name = '金桥对接日程 · 孙丽, 外联部;\n第二行'
    const ics = personFeed({ name, sessions: [session, { ...session, id: 'other' }], stamp })
    const feed = parse(ics)
    expect(feed.calendar.getFirstPropertyValue('method')).toBeNull()
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe(name)
    expect(feed.calendar.getFirstPropertyValue('name')).toBe(name)
    expect(ics).toContain('X-WR-CALNAME:金桥对接日程 · 孙丽\\, 外联部\\;\\n第二行')
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n')
    expect(ics).toContain('X-PUBLISHED-TTL:PT1H\r\n')
    const events = feed.calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(2)
    for (const e of events) expect(e.getAllProperties('attendee')).toHaveLength(0)
  })
})
