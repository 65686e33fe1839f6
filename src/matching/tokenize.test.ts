import { expect, test } from 'vitest'
import { expandTerms } from './terms.ts'
import { tokens } from './tokenize.ts'

test('Chinese runs become unigrams and bigrams; function characters are dropped as unigrams only', () => {
  expect(tokens('布面疵点')).toEqual(['布', '布面', '面', '面疵', '疵', '疵点', '点'])
  expect(tokens('的确')).toEqual(['的确', '确'])
})

test('Latin words and numbers stay whole, case and width folded', () => {
  expect(tokens('ＨＰＬＣ指纹图谱, VOCs 3D打印')).toEqual(expect.arrayContaining(['hplc', 'vocs', '3d', '指纹', '打印']))
  expect(tokens('a b')).toEqual([])
})

test('punctuation separates runs, so no bigram spans it', () => {
  expect(tokens('验布，疵点')).not.toContain('布，')
  expect(tokens('验布，疵点')).not.toContain('布疵')
})

test('the term list adds the other words of each group the text touches', () => {
  const hits = expandTerms('织布车间靠人眼挑毛病', [['疵点', '瑕疵', '毛病'], ['人眼', '机器视觉'], ['锅炉', '换热']])
  expect(hits).toEqual([
    { found: '毛病', adds: ['疵点', '瑕疵'] },
    { found: '人眼', adds: ['机器视觉'] },
  ])
})
