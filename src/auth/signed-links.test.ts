import { describe, expect, it } from 'vitest'
import { compactUuid, expandUuid, signLink, verifyLink } from './signed-links.ts'

const SECRET = 'a-test-secret-of-enough-length-0123456789'
const now = new Date('2026-12-05T00:00:00Z')
const later = new Date('2026-12-05T02:00:00Z')

describe('signed links', () => {
  it('round-trips its fields until it expires', async () => {
    const token = await signLink(SECRET, 'answer', ['abc', 'a'], later)
    expect(await verifyLink(SECRET, 'answer', token, now, 2)).toMatchObject({ ok: true, fields: ['abc', 'a'] })
    expect(await verifyLink(SECRET, 'answer', token, later, 2)).toEqual({ ok: false, reason: 'expired' })
  })

  it('is refused for another purpose, another secret, or with any field changed', async () => {
    const token = await signLink(SECRET, 'answer', ['abc', 'a'], later)
    expect((await verifyLink(SECRET, 'follow-up', token, now, 2)).ok).toBe(false)
    expect((await verifyLink(`${SECRET}x`, 'answer', token, now, 2)).ok).toBe(false)
    expect((await verifyLink(SECRET, 'answer', token.replace('.a.', '.d.'), now, 2)).ok).toBe(false)
    expect((await verifyLink(SECRET, 'answer', 'garbage', now, 2)).ok).toBe(false)
  })

  it('writes a UUID in 22 characters and reads it back', () => {
    const id = '0192f0c1-7a2b-7c3d-8e4f-a0b1c2d3e4f5'
    expect(compactUuid(id)).toHaveLength(22)
    expect(expandUuid(compactUuid(id))).toBe(id)
    expect(expandUuid('not-a-uuid')).toBeNull()
  })
})
