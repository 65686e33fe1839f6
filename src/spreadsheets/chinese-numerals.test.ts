import { expect, test } from 'vitest'
import { chineseNumeral } from './chinese-numerals.ts'

test('section numbers are Chinese numerals past ten', () => {
  expect([1, 9, 10, 11, 12, 19, 20, 21, 99, 100, 101, 110, 1005].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十二', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零五'])
})
