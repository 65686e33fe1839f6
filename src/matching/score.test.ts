import { describe, expect, test } from 'vitest'
import { rankCandidates, scorePair, type CapabilityFacts, type NeedFacts } from './score.ts'
import { buildQuery, type CorpusStats, type TextDoc } from './text.ts'
import { SIGNAL_WEIGHTS } from './weights.ts'

const stats: CorpusStats = { docs: 1000, avgLength: 120, df: (t) => (t.length === 1 ? 300 : 20) }
const need: NeedFacts = { industryChain: '纺织服装', needType: 'equipment_development', cooperationModes: ['development'], county: '汶上县', fields: ['机器视觉'] }
const asker: TextDoc = { title: '布面疵点靠人眼挑', keywords: ['验布'], fields: ['机器视觉'], description: '织布车间靠人眼挑疵点。' }
const capability: CapabilityFacts = {
  industryChains: ['纺织服装'], serviceTypes: ['equipment_development'], cooperationModes: ['development', 'transfer'],
  regionsServed: ['汶上县'], fields: ['机器视觉'], capacityLeft: 3, sessionsHeld: 4, agreements: 1,
}
const candidate: TextDoc = { title: '织物瑕疵机器视觉检测', keywords: ['疵点', '验布'], fields: ['机器视觉'], description: '自动验布。' }
const groups = [['疵点', '瑕疵'], ['人眼', '机器视觉']]

const fullMatch = () => scorePair({ query: buildQuery(asker, groups), asker, candidate, stats, need, capability })

describe('scorePair', () => {
  const result = scorePair({ query: buildQuery(asker, groups), asker, candidate, stats, need, capability })

  test('every signal that holds is a reason, and the reasons add up to the score', () => {
    expect(result.reasons.map((r) => r.kind).sort()).toEqual(['capacity', 'chain', 'fields', 'mode', 'record', 'region', 'text', 'type'])
    expect(result.reasons.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(result.score, 3)
    expect(result.score).toBeGreaterThan(0.5)
    expect(result.score).toBeLessThanOrEqual(1)
  })

  test('reasons are concrete and in Chinese', () => {
    const text = (kind: string) => result.reasons.find((r) => r.kind === kind)!.text
    expect(text('text')).toContain('「验布」')
    expect(text('text')).toMatch(/术语表：.*「人眼」≈「机器视觉」/)
    expect(text('chain')).toBe('同属「纺织服装」产业链')
    expect(text('type')).toContain('设备研制')
    expect(text('mode')).toBe('合作方式相符：技术开发')
    expect(text('record')).toBe('已开展对接 4 场、签约 1 项')
    expect(text('region')).toBe('服务地区含「汶上县」')
  })

  test('region is a tie-breaker: it can never outweigh the text', () => {
    expect(SIGNAL_WEIGHTS.region).toBeLessThan(SIGNAL_WEIGHTS.text / 10)
    const elsewhere = scorePair({ query: buildQuery(asker, groups), asker, candidate, stats, need, capability: { ...capability, regionsServed: ['梁山县'] } })
    expect(result.score - elsewhere.score).toBeCloseTo(SIGNAL_WEIGHTS.region, 3)
  })

  test('a provider of the right chain with unrelated text gets the area signals only in part', () => {
    const unrelated = scorePair({ query: buildQuery(asker, []), asker, candidate: { title: '品牌营销', keywords: [], fields: [], description: '电商运营。' }, stats, need, capability })
    expect(unrelated.reasons.find((r) => r.kind === 'chain')!.contribution).toBeLessThan(SIGNAL_WEIGHTS.chain)
  })
})

test('a capability that does not say its chain, types or fields counts half there, below a tagged match and above a tagged mismatch', () => {
  const query = buildQuery(asker, groups)
  const score = (facts: Partial<CapabilityFacts>) => scorePair({ query, asker, candidate, stats, need, capability: { ...capability, ...facts } })
  const untagged = score({ industryChains: [], serviceTypes: [], fields: [] })
  const elsewhere = score({ industryChains: ['新能源'], serviceTypes: ['talent'], fields: ['电化学'] })
  expect(untagged.score).toBeLessThan(fullMatch().score)
  expect(untagged.score).toBeGreaterThan(elsewhere.score)
  const chain = untagged.reasons.find((r) => r.kind === 'chain')!
  expect(chain.text).toBe('服务方未标明产业链（按一半计）')
  expect(chain.contribution).toBeCloseTo(fullMatch().reasons.find((r) => r.kind === 'chain')!.contribution / 2, 3)
  expect(untagged.reasons.find((r) => r.kind === 'type')!.text).toBe('服务方未标明服务类型（按一半计）')
  expect(untagged.reasons.find((r) => r.kind === 'fields')!.text).toBe('服务方未标明技术领域（按一半计）')
  expect(elsewhere.reasons.map((r) => r.kind)).not.toContain('chain')
})

test('a word the term list adds brings its pairs of characters, not its single ones', () => {
  const query = buildQuery({ title: '化肥放久了板结', keywords: [], fields: [], description: '' }, [['板结', '连作障碍']])
  expect(query.weights.has('连作')).toBe(true)
  expect(query.weights.has('障碍')).toBe(true)
  for (const single of ['连', '障', '碍']) expect(query.weights.has(single)).toBe(false)
  // The need's own single characters still count: they bridge words like 烘干 and 干燥.
  expect(query.weights.has('肥')).toBe(true)
})

test('ranking explains only the kept candidates, and breaks ties by id', () => {
  const query = buildQuery(asker, groups)
  const twins = ['b', 'a', 'c'].map((id) => ({ id }))
  const ranked = rankCandidates(twins, 2, () => ({ query, asker, candidate, stats, need, capability }))
  expect(ranked.map((r) => r.id)).toEqual(['a', 'b'])
  expect(ranked.every((r) => r.reasons.length > 0)).toBe(true)
})
