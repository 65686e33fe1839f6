import { describe, expect, it } from 'vitest'
import { ICAL, serialise } from './ical.ts'

describe('writing calendar files by value type', () => {
  it('escapes TEXT, including a feed name, and leaves URIs as they are', () => {
    const cal = new ICAL.Component(['vcalendar', [], []])
    cal.addPropertyWithValue('x-wr-calname', '孙丽, 外联部;\n第二行')
    cal.addPropertyWithValue('url', 'https://meeting.tencent.com/dm/X?pwd=a,b;c')
    cal.addPropertyWithValue('conference', 'https://meeting.tencent.com/dm/X?pwd=a,b;c')
    const text = serialise(cal)
    expect(text).toContain('X-WR-CALNAME:孙丽\\, 外联部\\;\\n第二行\r\n')
    expect(text).toContain('URL:https://meeting.tencent.com/dm/X?pwd=a,b;c\r\n')
    expect(text).toContain('CONFERENCE:https://meeting.tencent.com/dm/X?pwd=a,b;c\r\n')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('folds at 75 octets with the continuation space, never inside a character', () => {
    const cal = new ICAL.Component(['vcalendar', [], []])
    cal.addPropertyWithValue('summary', '金桥对接会技术需求'.repeat(12))
    const lines = serialise(cal).split('\r\n').filter(Boolean)
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(lines.slice(1).map((l) => l.replace(/^ /, '')).join('')).toContain('金桥对接会技术需求'.repeat(12))
    expect(lines.some((l) => l.includes('\uFFFD'))).toBe(false)
  })
})
