import { describe, expect, it } from 'vitest'
import { FailureCounter } from './rate-limit.ts'

describe('failure counting', () => {
  it('refuses a key after its limit for the rest of the window, then lets it try again', () => {
    let now = 0
    const counter = new FailureCounter({ max: 3, windowMs: 60_000 }, () => new Date(now))
    for (let i = 0; i < 3; i++) {
      expect(counter.retryAfterMs('a')).toBe(0)
      counter.fail('a')
    }
    expect(counter.retryAfterMs('a')).toBe(60_000)
    expect(counter.retryAfterMs('b')).toBe(0)
    now = 45_000
    expect(counter.retryAfterMs('a')).toBe(15_000)
    now = 60_000
    expect(counter.retryAfterMs('a')).toBe(0)
  })
})
