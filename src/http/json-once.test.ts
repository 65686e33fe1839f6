import { Hono } from 'hono'
import { expect, test } from 'vitest'
import { jsonOnce } from './json-once.ts'

test('an answer given again is sent as c.json sends it, serialised only the first time', async () => {
  const answer = { items: [{ score: 0.52, text: '技术内容相关' }], advice: null }
  let made = 0
  const app = new Hono()
    .get('/once', (c) => jsonOnce(c, answer, () => { made++; return { needId: 'n1', ...answer } }))
    .get('/plain', (c) => c.json({ needId: 'n1', ...answer }, 200))
  const plain = await app.request('/plain')
  const plainText = await plain.text()
  for (let i = 0; i < 3; i++) {
    const res = await app.request('/once')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(plain.headers.get('content-type'))
    expect(await res.text()).toBe(plainText)
  }
  expect(made).toBe(1)
})
