import { expect, test } from 'vitest'
import { formatWhen } from './format.ts'
import { sessionEmail, type SessionEmailProps } from './session-email.ts'

const props: SessionEmailProps = {
  kind: 'invite', language: 'zh', recipientName: '李建国', eventTitle: '金桥行动汶上行', topic: '布面疵点 × <机器视觉>',
  startsAt: new Date('2026-12-05T00:30:00Z'), endsAt: new Date('2026-12-05T01:00:00Z'), timeZone: 'Asia/Shanghai',
  place: '汶上县科技馆 A1 桌', parties: '鲁锦纺织、山东理工大学', signature: { person: '赵敏', association: '济宁市科学技术协会', contact: 'zhaomin@example.org' },
  writtenAt: new Date('2026-12-01T02:00:00Z'),
}

test('times are shown in the event’s zone, in the reader’s language', () => {
  expect(formatWhen(props.startsAt, props.endsAt, 'Asia/Shanghai', 'zh')).toBe('2026年12月5日星期六 08:30–09:00（北京时间）')
  expect(formatWhen(props.startsAt, props.endsAt, 'Asia/Shanghai', 'en')).toBe('Saturday, 5 December 2026, 08:30–09:00 (China Standard Time)')
})

test('a Chinese reader gets Chinese; an English reader gets English beside it', () => {
  const zh = sessionEmail(props)
  expect(zh.subject).toBe('对接会邀请：金桥行动汶上行')
  expect(zh.text).toContain('时间：2026年12月5日星期六 08:30–09:00（北京时间）')
  expect(zh.text).not.toContain('Dear')
  const en = sessionEmail({ ...props, language: 'en', kind: 'cancellation' })
  expect(en.subject).toBe('对接会已取消：金桥行动汶上行 | Docking session cancelled')
  expect(en.text.indexOf('您好')).toBeLessThan(en.text.indexOf('Dear 李建国'))
})

test('HTML escapes what users typed', () => {
  const html = sessionEmail(props).html
  expect(html).toContain('&lt;机器视觉&gt;')
  expect(html).not.toContain('<机器视觉>')
})

test('signed by the coordinator and the association with a contact; never the platform twice', () => {
  expect(sessionEmail(props).text).toContain('赵敏\n济宁市科学技术协会\n联系方式：zhaomin@example.org')
  const noMailbox = sessionEmail({ ...props, signature: { person: null, association: '济宁市科学技术协会', contact: '0537-2345678' } })
  expect(noMailbox.text).toContain('济宁市科学技术协会\n联系方式：0537-2345678')
  expect(noMailbox.text).not.toContain('金桥对接平台（金桥对接平台）')
})

test('a reminder names the day as the reader sees it: 今天 later the same day, 明天 the day before', () => {
  const reminder = { ...props, kind: 'reminder' as const }
  // 08:30 Beijing on 5 December; written at 07:00 Beijing the same morning, and at 20:00 the evening before.
  const sameDay = sessionEmail({ ...reminder, writtenAt: new Date('2026-12-04T23:00:00Z') })
  expect(sameDay.subject).toBe('今天的对接会提醒：金桥行动汶上行')
  expect(sameDay.text).toContain('您今天有一场对接会')
  expect(sameDay.text).not.toContain('明天')
  const dayBefore = sessionEmail({ ...reminder, writtenAt: new Date('2026-12-04T12:00:00Z') })
  expect(dayBefore.subject).toBe('明天的对接会提醒：金桥行动汶上行')
  // 23:30 UTC on 4 December is already 5 December in Beijing: still today, whatever the server's zone.
  expect(sessionEmail({ ...reminder, writtenAt: new Date('2026-12-04T23:30:00Z') }).subject).toMatch(/^今天/)
  expect(sessionEmail({ ...reminder, language: 'en', writtenAt: new Date('2026-12-04T23:00:00Z') }).text).toContain('You have a docking session today')
})

test('invites carry one-click answers as buttons, and none in a cancellation', () => {
  const answerLinks = { accept: 'https://x.example/answer/a', decline: 'https://x.example/answer/d', counter: 'https://x.example/answer/c' }
  const invite = sessionEmail({ ...props, answerLinks })
  expect(invite.html).toContain('<a href="https://x.example/answer/a"')
  expect(invite.text).toContain('接受：https://x.example/answer/a\n谢绝：https://x.example/answer/d\n另约时间：https://x.example/answer/c')
  expect(sessionEmail({ ...props, kind: 'cancellation', answerLinks }).text).not.toContain('answer/')
})

test('English lines use an English colon', () => {
  const en = sessionEmail({ ...props, language: 'en', answerLinks: { accept: 'https://x.example/a', decline: 'https://x.example/d', counter: 'https://x.example/c' } }).text
  expect(en).toContain('Event: 金桥行动汶上行')
  expect(en).toContain('Accept: https://x.example/a')
  expect(en).not.toMatch(/(Event|Topic|Time|Place|Parties|Contact|Accept)：/)
})
