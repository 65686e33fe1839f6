import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { embeddingsClient } from '../src/matching/embeddings.ts'
import { buildCapability, buildChainScene, buildEnterprise, buildNeed, buildProvider } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// The optional semantic re-ranker against a local stand-in for an OpenAI-compatible embeddings
// server (what Ollama or Xinference answer at /v1/embeddings). Its vectors count a few concepts,
// each said in several ways, so "断经" and "纱线断头" land close although they share no word.
const CONCEPTS = [['断经', '纱线断头', '断头'], ['古籍', '旧书', '纸张'], ['印花', '色浆']]
const vectorOf = (text: string) => [0.05, ...CONCEPTS.map((words) => words.filter((w) => text.includes(w)).length)]

let server: Server
let requests: { model: string; input: string[] }[] = []
let t: TestApp
let url: string
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const parsed = JSON.parse(body) as { model: string; input: string[] }
      requests.push(parsed)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ object: 'list', model: parsed.model, data: parsed.input.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text) })) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  t = await createTestApp({ embeddings: embeddingsClient({ url, model: 'stand-in' }) })
}, 60_000)
afterAll(async () => {
  await t?.close()
  server?.close()
})

describe('the optional semantic re-ranker', () => {
  test('a capability that says the same in other words rises, with a reason of its own, and vectors are kept', async () => {
    const { chain, provider, enterprise } = await buildChainScene(t.api, '语义链')
    const near = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '纱线断头在线监测', description: '织机上纱线断头的自动发现与报警。', keywords: ['断头'] })
    const far = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '织机印花色浆', description: '织物印花色浆配方。', keywords: ['印花'] })
    const need = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: '织机老是断经', description: '喷气织机断经频繁。', keywords: ['断经'] })
    requests = []
    const body = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body
    const ids = body.items.map((m: any) => m.capabilityId)
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id))
    const top = body.items.find((m: any) => m.capabilityId === near.id)
    expect(top.reasons.find((r: any) => r.kind === 'semantic').text).toMatch(/^语义相近（相似度 \d+%）$/)
    for (const item of body.items) expect(item.reasons.reduce((s: number, r: any) => s + r.contribution, 0)).toBeCloseTo(item.score, 3)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.model).toBe('stand-in')
    expect(requests[0]!.input[0]).toContain('织机老是断经')

    // Asked again: every vector comes from the database, none from the endpoint.
    requests = []
    expect((await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body.items.map((m: any) => m.score)).toEqual(body.items.map((m: any) => m.score))
    expect(requests).toHaveLength(0)
    // A changed text is embedded again; the others are not.
    await t.api.patch(`/api/v1/capabilities/${far.id}`, { description: '织物印花色浆配方与工艺。' })
    await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)
    expect(requests.flatMap((r) => r.input)).toEqual([expect.stringContaining('织物印花色浆配方与工艺')])
  })

  test('when the endpoint is down, matching answers with the lexical ranking', async () => {
    const down = await createTestApp({ embeddings: embeddingsClient({ url: 'http://127.0.0.1:9/v1', model: 'stand-in', timeoutMs: 500 }) })
    try {
      const enterprise = await buildEnterprise(down.api)
      const provider = await buildProvider(down.api)
      await buildCapability(down.api, provider.id, { title: '纱线断头在线监测', description: '纱线断头报警。', keywords: ['断头'] })
      const need = await buildNeed(down.api, enterprise.id, { title: '断头太多', description: '纱线断头多。', keywords: ['断头'] })
      const r = await down.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)
      expect(r.status).toBe(200)
      expect(r.body.items.length).toBeGreaterThan(0)
      expect(r.body.items.flatMap((m: any) => m.reasons).some((x: any) => x.kind === 'semantic')).toBe(false)
    } finally {
      await down.close()
    }
  })
})
