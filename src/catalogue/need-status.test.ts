import { describe, expect, test } from 'vitest'
import type { Actor } from '../auth/actor.ts'
import { checkNeedTransition } from './need-status.ts'

const coordinator: Actor = { role: 'coordinator', personId: 'c', organizationId: null }
const staff: Actor = { role: 'enterprise', personId: 's', organizationId: 'e' }

describe('need status transitions', () => {
  test('enterprise staff publish, unpublish and withdraw', () => {
    expect(checkNeedTransition(staff, 'draft', 'published', undefined).ok).toBe(true)
    expect(checkNeedTransition(staff, 'published', 'draft', undefined).ok).toBe(true)
    expect(checkNeedTransition(staff, 'matched', 'withdrawn', undefined).ok).toBe(true)
  })

  test('enterprise staff do not move a need along the funnel themselves', () => {
    expect(checkNeedTransition(staff, 'published', 'closed', undefined)).toMatchObject({ ok: false, kind: 'forbidden' })
    for (const to of ['matched', 'agreement', 'resolved'] as const) {
      expect(checkNeedTransition(staff, 'published', to, undefined)).toMatchObject({ ok: false, kind: 'record' })
    }
    expect(checkNeedTransition(staff, 'matched', 'draft', undefined).ok).toBe(false)
  })

  test('leaving a final status is a coordinator’s reopening, with a reason', () => {
    expect(checkNeedTransition(staff, 'withdrawn', 'published', '重新提交')).toMatchObject({ ok: false, kind: 'forbidden' })
    expect(checkNeedTransition(coordinator, 'resolved', 'published', undefined)).toMatchObject({ ok: false, kind: 'invalid' })
    expect(checkNeedTransition(coordinator, 'resolved', 'published', '协议终止').ok).toBe(true)
  })

  test('no one, not even a coordinator, writes a later funnel step by hand: each names the record that makes it', () => {
    for (const to of ['matched', 'shortlisted', 'scheduled', 'held', 'intention', 'agreement', 'resolved'] as const) {
      const check = checkNeedTransition(coordinator, 'published', to, '手工')
      expect(check).toMatchObject({ ok: false, kind: 'record' })
      expect(!check.ok && check.reason).toMatch(/\/api\/v1\//)
    }
    expect(checkNeedTransition(coordinator, 'published', 'closed', undefined).ok).toBe(true)
  })

  test('staying put is always allowed', () => {
    expect(checkNeedTransition(staff, 'resolved', 'resolved', undefined).ok).toBe(true)
  })
})
