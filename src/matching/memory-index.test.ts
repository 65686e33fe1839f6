import { describe, expect, test } from 'vitest'
import type { Actor } from '../auth/actor.ts'
import { CapabilityIndex, type Listing } from './memory-index.ts'
import { suggesting } from './rank-capabilities.ts'
import { buildQuery } from './text.ts'

// Who may be suggested what is remembered per asker in the index, for speed; it must never
// outlive a change of a listing, nor pass from one asker to another.

const facts = { industryChains: ['纺织服装'], serviceTypes: ['technical_research'], cooperationModes: [], regionsServed: [], fields: [], capacityLeft: 4, sessionsHeld: 0, agreements: 0 }
const capability = (id: string, title: string) => ({ id, doc: { title, description: `${title}，服务纺织企业。`, keywords: [], fields: [] }, facts })
const need = { id: 'n1', doc: { title: '织布断经', description: '织布机断经多，想找织布断经检测。', keywords: [], fields: [] }, facts: { industryChain: '纺织服装', needType: 'technical_research', cooperationModes: [], county: '任城区', fields: [] } }
const listing = (organizationId: string, visibility: Listing['visibility'], status: Listing['status'] = 'published'): Listing => ({ organizationId, visibility, status })

const enterprise: Actor = { role: 'enterprise', personId: 'p1', organizationId: 'e1' }
const owner: Actor = { role: 'provider', personId: 'p2', organizationId: 'u1' }
const coordinator: Actor = { role: 'coordinator', personId: 'p3', organizationId: null }

describe('the index remembers who may be suggested what', () => {
  const index = new CapabilityIndex()
  index.upsert(capability('a', '织布断经检测'), listing('u1', 'public'))
  index.upsert(capability('b', '织布断经在线监测'), listing('u2', 'public'))
  const query = buildQuery(need.doc, [])
  const cut = (actor: Actor, exclude?: Set<string>) => index.firstCut(query, need, 10, suggesting(actor), exclude).sort()

  test('a listing made confidential is no longer suggested to others at the next search, but still to its owner and coordinators', () => {
    expect(cut(enterprise)).toEqual(['a', 'b'])
    index.upsert(capability('a', '织布断经检测'), listing('u1', 'confidential'))
    expect(cut(enterprise)).toEqual(['b'])
    expect(cut(owner)).toEqual(['a', 'b'])
    expect(cut(coordinator)).toEqual(['a', 'b'])
    expect(cut(enterprise)).toEqual(['b'])
  })

  test('an archived capability is suggested to nobody; published again, to everyone', () => {
    index.upsert(capability('b', '织布断经在线监测'), listing('u2', 'public', 'archived'))
    expect(cut(coordinator)).toEqual(['a'])
    index.upsert(capability('b', '织布断经在线监测'), listing('u2', 'public'))
    index.upsert(capability('a', '织布断经检测'), listing('u1', 'public'))
    expect(cut(enterprise)).toEqual(['a', 'b'])
  })

  test('what was rejected for a need is left out for that search only', () => {
    expect(cut(enterprise, new Set(['a']))).toEqual(['b'])
    expect(cut(enterprise)).toEqual(['a', 'b'])
  })
})
