import { describe, expect, it } from 'vitest'
import { headerText, messageId } from './headers.ts'

describe('mail headers', () => {
  it('keeps user text on one line', () => {
    expect(headerText('孙丽\n外联部')).toBe('孙丽 外联部')
    expect(headerText('a\r\nBcc: x@evil.example\u0000')).toBe('a Bcc: x@evil.example')
    expect(headerText('对接会邀请：2026 金桥\u2028行动')).toBe('对接会邀请：2026 金桥 行动')
    expect(headerText('孙丽\u0085外联部')).toBe('孙丽 外联部')
  })

  it('puts Message-IDs on the sending domain', () => {
    expect(messageId('0192f0c1', 'jinqiao@Kexie.Jining.gov.cn')).toBe('<0192f0c1@kexie.jining.gov.cn>')
  })
})
