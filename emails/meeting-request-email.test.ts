import { describe, expect, test } from 'vitest'
import { meetingRequestEmail } from './meeting-request-email.ts'

const base = { recipientName: '周教授', eventTitle: '金桥行动嘉祥行', organizationName: '嘉祥县永兴纺织厂', needTitle: '经编机断纱检测', capabilityTitle: null, link: 'https://jinqiao.example.org/events/e1' }

describe('meeting request e-mails', () => {
  test('a request says who asks, about what, their message, and where to answer; English follows the Chinese in its own words', () => {
    const mail = meetingRequestEmail({ ...base, kind: 'requested', language: 'en', message: '想请您看看断纱问题。' })
    expect(mail.subject).toBe('约见请求：嘉祥县永兴纺织厂（金桥行动嘉祥行） | A meeting request')
    expect(mail.text).toContain('嘉祥县永兴纺织厂希望在「金桥行动嘉祥行」上与贵单位对接，事由：需求「经编机断纱检测」。')
    expect(mail.text).toContain('would like to meet you at "金桥行动嘉祥行" about the need "经编机断纱检测".')
    expect(mail.text).toContain('在金桥平台查看并答复：https://jinqiao.example.org/events/e1')
    expect(mail.html).toContain('href="https://jinqiao.example.org/events/e1"')
  })

  test('an answer says accepted or declined, with the note, and escapes what people typed', () => {
    const accepted = meetingRequestEmail({ ...base, kind: 'accepted', language: 'zh', note: '<b>欢迎</b>' })
    expect(accepted.subject).toBe('约见已接受：嘉祥县永兴纺织厂')
    expect(accepted.text).toContain('留言：<b>欢迎</b>')
    expect(accepted.html).toContain('&lt;b&gt;欢迎&lt;/b&gt;')
    expect(meetingRequestEmail({ ...base, kind: 'declined', language: 'zh', note: null }).text).toContain('谢绝了您在「金桥行动嘉祥行」的约见（需求「经编机断纱检测」）')
  })
})
