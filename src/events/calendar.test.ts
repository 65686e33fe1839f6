import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { personFeed, sessionInvite, type CalendarSession } from './calendar.ts'

// Checked with ical.js (the parser Thunderbird uses), not with the library that wrote the file.

const session: CalendarSession = {
  id: '019ab3c2-6a1e-7c3d-9f00-1a2b3c4d5e6f', sequence: 0,
  startsAt: new Date('2026-12-05T08:30:00+08:00'), endsAt: new Date('2026-12-05T09:00:00+08:00'),
  summary: '金桥行动汶上行：布面疵点在线视觉检测 × 织物缺陷机器视觉检测系统',
  description: '对接双方：济宁鲁锦纺织有限公司、山东理工大学。请提前十分钟到场，携带产品样布。'.repeat(2),
  location: '汶上县科技馆 A1 桌', url: null, cancelled: false,
}
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

  test('a feed publishes every session of a person', () => {
    const feed = parse(personFeed({ name: '王教授', sessions: [{ session, organizer, attendees }, { session: { ...session, id: 'other' }, organizer, attendees }], stamp }))
    expect(feed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(feed.calendar.getAllSubcomponents('vevent')).toHaveLength(2)
  })
})
