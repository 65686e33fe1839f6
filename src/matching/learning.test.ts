import { describe, expect, test } from 'vitest'
import { learnAssociations, withLearned, type LabelledPair } from './learning.ts'
import { buildQuery } from './text.ts'

const doc = (title: string, keywords: string[] = []) => ({ title, keywords, fields: [], description: '' })
const good = (n: number, need = '断经多', capability = '经纱张力'): LabelledPair[] => Array.from({ length: n }, () => ({ need: doc(need), capability: doc(capability), weight: 1 }))
const filler = (n: number): LabelledPair[] => Array.from({ length: n }, (_, i) => ({ need: doc(`其他问题${i}`), capability: doc(`其他能力${i}`), weight: -1 }))

describe('learning from decisions', () => {
  test('nothing is learned before enough decisions', () => {
    expect(learnAssociations([...good(5), ...filler(10)])).toEqual([])
    expect(learnAssociations([...good(5), ...filler(15)]).some((a) => a.needToken === '断经' && a.capabilityToken === '经纱')).toBe(true)
  })

  test('one good pair proves nothing; rejections count against', () => {
    expect(learnAssociations([...good(1), ...filler(25)]).filter((a) => a.needToken === '断经')).toEqual([])
    const rejected: LabelledPair[] = good(4).map((p) => ({ ...p, weight: -1 }))
    expect(learnAssociations([...good(3), ...rejected, ...filler(20)]).filter((a) => a.needToken === '断经')).toEqual([])
  })

  test('a learned word joins the query at a fraction of a typed one, and is remembered for the reasons', () => {
    const learned = learnAssociations([...good(6), ...filler(20)])
    const query = withLearned(buildQuery(doc('织机断经'), []), learned)
    expect(query.weights.get('经纱')).toBeGreaterThan(0)
    expect(query.weights.get('经纱')).toBeLessThan(query.weights.get('断经')!)
    expect(query.learned).toContainEqual({ from: '断经', to: '经纱' })
    expect(withLearned(buildQuery(doc('印花色差'), []), learned).learned).toBeUndefined()
  })
})
