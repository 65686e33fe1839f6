import { expect, test } from 'vitest'
import { nearMiss } from './near-miss.ts'

const counties = ['任城区', '汶上县', '邹城市', '曲阜市']
const chains = ['纺织服装', '新材料', '新能源']

test('a short form or a one-character slip points to the known name', () => {
  expect(nearMiss('汶上', counties)).toBe('汶上县')
  expect(nearMiss('纺织', chains)).toBe('纺织服装')
  expect(nearMiss('邹城县', counties)).toBe('邹城市')
  expect(nearMiss('新材', chains)).toBe('新材料')
})

test('nothing close, no suggestion', () => {
  expect(nearMiss('济南市', counties)).toBeUndefined()
  expect(nearMiss('', counties)).toBeUndefined()
  expect(nearMiss('航空航天', chains)).toBeUndefined()
})
