import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'

// The server's own time zone must not move anything: the same script under three TZ settings.

const script = `
import { localToInstant } from './src/events/zoned-time.ts'
import { sessionInvite } from './src/events/calendar.ts'
import { sessionEmail } from './emails/session-email.ts'
const startsAt = localToInstant('2026-12-05', '08:30', 'Asia/Shanghai')
const endsAt = localToInstant('2026-12-05', '09:00', 'Asia/Shanghai')
const { ics } = sessionInvite({ session: { id: 's', sequence: 0, startsAt, endsAt, summary: 'x', description: 'y', location: null, url: null, conferenceLabel: 'c', alarm: 'a', language: 'zh', cancelled: false }, organizer: { name: 'o', email: 'o@example.org' }, attendees: [], stamp: new Date(0) })
const mail = sessionEmail({ kind: 'invite', language: 'zh', recipientName: 'r', eventTitle: 'e', topic: 't', startsAt, endsAt, timeZone: 'Asia/Shanghai', place: null, parties: 'p', signature: { person: 'o', association: 'a', contact: 'c' }, writtenAt: new Date(0) })
console.log(JSON.stringify({ start: startsAt.toISOString(), dtstart: ics.match(/DTSTART[^\\r]*/)[0], when: mail.text.match(/时间：.*/)[0] }))
`

describe('times whatever zone the server runs in', () => {
  test.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai'])('TZ=%s', (tz) => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual({
      start: '2026-12-05T00:30:00.000Z',
      dtstart: 'DTSTART:20261205T003000Z',
      when: '时间：2026年12月5日星期六 08:30–09:00（北京时间）',
    })
  })
})
