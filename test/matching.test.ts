import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sql } from 'kysely'
import { CapabilityIndex } from '../src/matching/memory-index.ts'
import { ResidentCatalogue } from '../src/matching/resident-catalogue.ts'
import { WARM_UP_RANKINGS, warmUpMatching } from '../src/matching/warm-up.ts'
import { actionContext } from '../src/deps.ts'
import { meanQuality } from '../src/matching/metrics.ts'
import { labelledCapabilities, labelledNeeds } from './fixtures/matching/index.ts'
import { buildCapability, buildChainScene, buildEnterprise, buildMember, buildNeed, buildPerson, buildProvider, addTerms } from './support/builders.ts'
import { loadLabelledSet } from './support/labelled-set.ts'
import { createApp } from '../src/app.ts'
import { ApiClient, ADMIN_TOKEN, createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
let set: Awaited<ReturnType<typeof loadLabelledSet>>
beforeAll(async () => {
  t = await createTestApp()
  set = await loadLabelledSet(t.api)
}, 120_000)
afterAll(async () => { await t?.close() })

const matchesOf = async (needKey: string, limit = 10) => (await t.api.get(`/api/v1/needs/${set.needIds.get(needKey)}/matches?limit=${limit}`)).body

describe('ranking through the database', () => {
  test('ranks the labelled set well, exactly as the in-memory index does', async () => {
    const groups = (await t.api.get('/api/v1/match-terms')).body.items.map((g: any) => g.terms)
    const memory = new CapabilityIndex(labelledCapabilities)
    const runs = []
    for (const need of labelledNeeds) {
      const body = await matchesOf(need.id)
      const ranked: string[] = body.items.map((m: any) => set.keyOf.get(m.capabilityId)!)
      // Equal scores are ordered by id, and ids differ between the two (uuid vs fixture key).
      const canonical = (pairs: [string, number][]) => pairs.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      const fromDb = canonical(body.items.map((m: any, i: number) => [ranked[i], m.score]))
      const fromMemory = canonical(memory.match(need, groups, 10).map((m) => [m.id, m.score]))
      expect(fromDb.map(([, s]) => s), need.id).toEqual(fromMemory.map(([, s]) => s))
      expect(fromDb.filter(([, s]) => s > fromDb.at(-1)![1]), need.id).toEqual(fromMemory.filter(([, s]) => s > fromMemory.at(-1)![1]))
      runs.push({ ranked, grades: need.grades })
    }
    const quality = meanQuality(runs)
    expect(quality.ndcg10).toBeGreaterThanOrEqual(0.9)
    expect(quality.recall10).toBeGreaterThanOrEqual(0.9)
  })

  test('a vocabulary mismatch is bridged, with reasons a person can check, in Chinese', async () => {
    const body = await matchesOf('n-tex-defects', 3)
    const top = body.items[0]
    expect(['tex1', 'tex2']).toContain(set.keyOf.get(top.capabilityId))
    expect(top.score).toBeGreaterThan(0)
    expect(top.score).toBeLessThanOrEqual(1)
    const sum = top.reasons.reduce((s: number, r: any) => s + r.contribution, 0)
    expect(sum).toBeCloseTo(top.score, 3)
    const text = top.reasons.find((r: any) => r.kind === 'text')
    expect(text.text).toMatch(/术语表：.*「人眼」≈/)
    expect(top.reasons.map((r: any) => r.kind)).toEqual(expect.arrayContaining(['text', 'chain', 'type']))
    expect(top.capability.title).toBeTruthy()
  })

  test('each suggestion says how sure it is; a list of strong ones is called good', async () => {
    const body = await matchesOf('n-tex-defects', 10)
    expect(body.items[0].band).toBe('strong')
    expect(body.advice.verdict).toBe('good')
    // Bands follow the score: never a stronger band below a weaker one.
    const order = { strong: 2, medium: 1, weak: 0 } as Record<string, number>
    for (let i = 1; i < body.items.length; i++) expect(order[body.items[i].band]).toBeLessThanOrEqual(order[body.items[i - 1].band]!)
    expect(body.items.at(-1).band).toBe('weak')
  })

  test('a need whose provider is not in the catalogue yet is told so, with what to do next', async () => {
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id, { industryChain: '纺织服装', needType: 'key_technology', title: '古籍修复用纸的脱酸与加固', description: '馆藏古籍纸张发黄变脆，想找能做整本脱酸和纸张加固的办法。', keywords: ['古籍', '脱酸'] })
    const body = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body
    expect(body.items.length).toBeGreaterThan(0)
    expect(body.items.every((m: any) => m.band === 'weak')).toBe(true)
    expect(body.advice.verdict).toBe('none')
    expect(body.advice.message).toContain('目前没有合适的服务方')
    expect(body.advice.actions.join('')).toMatch(/放宽需求.*科协.*「纺织服装」产业链/s)
    const batch = (await t.api.post('/api/v1/matching/batch', { needIds: [need.id], limit: 3 })).body
    expect(batch.items[0].advice.verdict).toBe('none')
    expect(batch.items[0].candidates.every((c: any) => c.band === 'weak')).toBe(true)
  })

  test('scores are in [0, 1], best first, ties broken by id', async () => {
    const body = await matchesOf('n-chem-salt', 50)
    const scores = body.items.map((m: any) => m.score)
    expect(scores.every((s: number) => s >= 0 && s <= 1)).toBe(true)
    for (let i = 1; i < body.items.length; i++) {
      const [a, b] = [body.items[i - 1], body.items[i]]
      expect(a.score > b.score || (a.score === b.score && a.capabilityId < b.capabilityId)).toBe(true)
    }
    expect(await matchesOf('n-chem-salt', 50)).toEqual(body)
  })
})

describe('decisions', () => {
  test('shortlisting records who decided, moves the need to shortlisted, and shows on the candidate', async () => {
    const needId = set.needIds.get('n-ene-fire')!
    const capabilityId = set.capabilityIds.get('ene1')!
    const r = await t.api.post('/api/v1/matches', { needId, capabilityId, status: 'shortlisted', note: '请王教授准备方案' })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({ needId, capabilityId, status: 'shortlisted', note: '请王教授准备方案' })
    expect(r.body.reasons.length).toBeGreaterThan(0)
    expect((await t.api.get(`/api/v1/needs/${needId}`)).body.status).toBe('shortlisted')
    const history = (await t.api.get(`/api/v1/needs/${needId}/history`)).body.items.at(-1)
    expect(history).toMatchObject({ fromStatus: 'published', toStatus: 'shortlisted' })
    const candidate = (await matchesOf('n-ene-fire')).items.find((m: any) => m.capabilityId === capabilityId)
    expect(candidate.decision).toMatchObject({ status: 'shortlisted' })
    const again = await t.api.post('/api/v1/matches', { needId, capabilityId, status: 'accepted' })
    expect(again.status).toBe(200)
    expect((await t.api.get(`/api/v1/matches?needId=${needId}`)).body.items).toHaveLength(1)
  })

  test('a rejected pair stops being suggested, in single and batch matching', async () => {
    const needId = set.needIds.get('n-agr-crab')!
    const capabilityId = set.capabilityIds.get('agr2')!
    expect((await matchesOf('n-agr-crab')).items[0].capabilityId).toBe(capabilityId)
    expect((await t.api.post('/api/v1/matches', { needId, capabilityId, status: 'rejected' })).status).toBe(201)
    const after = await matchesOf('n-agr-crab', 50)
    expect(after.items.map((m: any) => m.capabilityId)).not.toContain(capabilityId)
    const batch = await t.api.post('/api/v1/matching/batch', { needIds: [needId], limit: 20 })
    expect(batch.body.items[0].candidates.map((c: any) => c.capabilityId)).not.toContain(capabilityId)
  })

  test('only coordinators decide; a bad pair is a clear 4xx', async () => {
    const member = await buildMember(t.api, set.enterprise.id)
    const body = { needId: set.needIds.get('n-mat-cf'), capabilityId: set.capabilityIds.get('mat1'), status: 'shortlisted' }
    expect((await member.client.post('/api/v1/matches', body)).status).toBe(403)
    expect((await t.api.post('/api/v1/matches', { ...body, status: 'maybe' })).status).toBe(400)
    expect((await t.api.post('/api/v1/matches', { ...body, capabilityId: '01900000-0000-7000-8000-000000000000' })).status).toBe(404)
    expect((await member.client.get('/api/v1/matches')).status).toBe(403)
  })
})

describe('batch', () => {
  test('a chain’s needs are matched at once, agreeing with the single-need ranking', async () => {
    const r = await t.api.post('/api/v1/matching/batch', { industryChain: '新能源', limit: 3 })
    expect(r.status).toBe(200)
    expect(r.body.capabilitiesConsidered).toBeGreaterThanOrEqual(126)
    expect(r.body.items.length).toBeGreaterThanOrEqual(3)
    for (const item of r.body.items) {
      const single = (await t.api.get(`/api/v1/needs/${item.needId}/matches?limit=3`)).body.items
      expect(item.candidates.map((c: any) => c.capabilityId)).toEqual(single.map((m: any) => m.capabilityId))
    }
  })

  test('it needs a selection, and is for coordinators', async () => {
    expect((await t.api.post('/api/v1/matching/batch', { limit: 3 })).status).toBe(400)
    const member = await buildMember(t.api, set.provider.id)
    expect((await member.client.post('/api/v1/matching/batch', { county: '汶上县' })).status).toBe(403)
  })
})

describe('learning from coordinators’ decisions', () => {
  test('once enough decisions pair a need’s word with a capability’s, a new need gains from it, and the reason says so', async () => {
    const { chain, provider, enterprise } = await buildChainScene(t.api, '学习链')
    const tension = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '经纱张力在线调控', description: '织机经纱张力的在线检测与闭环调控。', keywords: ['经纱张力'] })
    const other = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '印花色浆配方', description: '活性印花色浆的配方与工艺。', keywords: ['印花'] })
    const fresh = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: '织布时断经太多', description: '喷气织机断经频繁，效率上不去。', keywords: ['断经'] })
    const ask = async () => (await t.api.get(`/api/v1/needs/${fresh.id}/matches?limit=5`)).body.items.find((m: any) => m.capabilityId === tension.id)
    const before = await ask()
    expect(before?.reasons.find((r: any) => r.kind === 'text')?.text ?? '').not.toContain('以往对接')

    const decisions = []
    for (let i = 0; i < 12; i++) {
      const need = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: `断经问题（${i + 1}号车间）`, description: '挡车工反映断经多，接头接不过来。', keywords: ['断经'] })
      decisions.push({ needId: need.id, capabilityId: tension.id, status: 'shortlisted' }, { needId: need.id, capabilityId: other.id, status: 'rejected', note: '不对口 (not the right field)' })
    }
    expect((await t.api.post('/api/v1/matches/bulk', { decisions })).status).toBe(200)

    const after = await ask()
    expect(after.score).toBeGreaterThan(before?.score ?? 0)
    expect(after.reasons.find((r: any) => r.kind === 'text').text).toMatch(/以往对接中：「断经」→「/)
    expect(after.reasons.reduce((sum: number, r: any) => sum + r.contribution, 0)).toBeCloseTo(after.score, 3)
    const learned = await t.db.selectFrom('learnedTerms').selectAll().where('needToken', '=', '断经').execute()
    expect(learned.length).toBeGreaterThan(0)
    expect(learned.every((l) => l.support >= 2 && l.strength > 0 && l.strength <= 1)).toBe(true)
    // Coordinators see what was learned, and from how many decisions; nobody else does.
    const overview = (await t.api.get('/api/v1/matching/learned-terms')).body
    expect(overview.decisions).toBeGreaterThanOrEqual(24)
    expect(overview.minDecisions).toBe(20)
    expect(overview.items.some((i: any) => i.needToken === '断经' && i.support >= 12)).toBe(true)
    const member = await buildMember(t.api, provider.id)
    expect((await member.client.get('/api/v1/matching/learned-terms')).status).toBe(403)
  })
})

describe('the term list', () => {
  test('a coordinator’s new term group changes the next ranking at once; others may not edit it', async () => {
    const enterprise = await buildEnterprise(t.api)
    const provider = await buildProvider(t.api)
    const chain = `术语链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    const need = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: '锅炉结垢', description: '锅炉里结了厚厚一层垢。', keywords: [] })
    const target = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '换热器阻垢剂', description: '工业循环水阻垢缓蚀。', keywords: ['阻垢剂'] })
    const textPart = (m: any) => m?.reasons.find((r: any) => r.kind === 'text')
    const before = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=50`)).body.items.find((m: any) => m.capabilityId === target.id)
    expect(textPart(before)?.text ?? '').not.toContain('术语表')

    // A preview with the edited list ranks as the saved list will, and saves nothing.
    const stored = (await t.api.get('/api/v1/match-terms')).body.items.map((g: any) => g.terms)
    const preview = await t.api.post(`/api/v1/needs/${need.id}/matches/preview?limit=50`, { termGroups: [...stored, ['结垢', '阻垢', '水垢']] })
    expect(preview.status).toBe(200)
    expect(textPart(preview.body.items.find((m: any) => m.capabilityId === target.id)).text).toContain('「结垢」≈')
    expect((await t.api.get('/api/v1/match-terms')).body.items).toHaveLength(stored.length)

    const group = await t.api.post('/api/v1/match-terms', { terms: ['结垢', '阻垢', '水垢'], note: '锅炉水处理' })
    expect(group.status).toBe(201)
    const after = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=50`)).body.items.find((m: any) => m.capabilityId === target.id)
    expect(textPart(after).text).toContain('「结垢」≈')
    expect(textPart(after).contribution).toBeGreaterThan(textPart(before)?.contribution ?? 0)

    const member = await buildMember(t.api, enterprise.id)
    expect((await member.client.post('/api/v1/match-terms', { terms: ['甲', '乙'] })).status).toBe(403)
    expect((await member.client.post(`/api/v1/needs/${need.id}/matches/preview`, { termGroups: [] })).status).toBe(403)
    expect((await t.api.post('/api/v1/match-terms', { terms: ['只有一个'] })).status).toBe(400)
    expect((await t.api.request('PUT', `/api/v1/match-terms/${group.body.id}`, { terms: ['结垢', '水垢'] })).status).toBe(200)
    expect((await t.api.request('DELETE', `/api/v1/match-terms/${group.body.id}`)).status).toBe(204)
    expect((await t.api.request('DELETE', `/api/v1/match-terms/${group.body.id}`)).status).toBe(404)
  })
})

describe('the search index follows the catalogue', () => {
  test('the catalogue kept in memory and the database’s index rank alike', async () => {
    // The same data through an app without the memory catalogue: the Workers path.
    const fromDb = new ApiClient(createApp({ ...t.deps, catalogue: undefined }), ADMIN_TOKEN, { ...t.deps, catalogue: undefined })
    let same = 0
    for (const need of labelledNeeds) {
      const url = `/api/v1/needs/${set.needIds.get(need.id)}/matches?limit=5`
      const [a, b] = [(await t.api.get(url)).body.items, (await fromDb.get(url)).body.items]
      expect(a.map((m: any) => m.score), need.id).toEqual(b.map((m: any) => m.score))
      if (a.map((m: any) => m.capabilityId).join() === b.map((m: any) => m.capabilityId).join()) same++
    }
    expect(same).toBe(labelledNeeds.length)
  })

  test('what another process wrote, and an archived capability, count at the next request', async () => {
    const provider = await buildProvider(t.api)
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id, { title: '枸杞烘干颜色发黑', description: '枸杞烘干后颜色发黑，卖不上价。', keywords: ['枸杞'] })
    const cap = await buildCapability(t.api, provider.id, { title: '钢结构焊缝超声检测', description: '桥梁钢结构焊缝的相控阵超声检测。', keywords: ['焊缝检测'] })
    const top = async () => (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=3`)).body.items.map((m: any) => m.capabilityId)
    expect(await top()).not.toContain(cap.id)
    // Written behind the app's back, as another server on the same database would.
    await t.db.updateTable('capabilities').set({ title: '枸杞低温热泵干燥保色', description: '热泵低温干燥保色。', keywords: ['枸杞', '热泵干燥'] }).where('id', '=', cap.id).execute()
    expect((await top())[0]).toBe(cap.id)
    expect((await t.api.patch(`/api/v1/capabilities/${cap.id}`, { status: 'archived' })).status).toBe(200)
    expect(await top()).not.toContain(cap.id)
  })

  /** A provider with an expert on one capability, and an enterprise: what a shown ranking reads besides the texts. */
  async function sceneWithExpert(expertName: string, capability: { title: string; description: string; keywords: string[] }) {
    const provider = await buildProvider(t.api)
    const enterprise = await buildEnterprise(t.api)
    const expert = await buildPerson(t.api, provider.id, { name: expertName, position: '工程师' })
    const cap = await buildCapability(t.api, provider.id, { ...capability, expertIds: [expert.id] })
    return { provider, enterprise, expert, cap }
  }
  /** Written straight into the database, as another server on the same database would. */
  const signAgreementBehindTheBack = (enterpriseId: string, providerId: string, recordedBy: string) =>
    sql`insert into agreements (id, enterprise_id, provider_id, kind, signed_on, recorded_by, created_at, updated_at)
      values (${crypto.randomUUID()}, ${enterpriseId}, ${providerId}, 'development', '2026-12-01', ${recordedBy}, now(), now())`.execute(t.db)

  test('an answer asked again is given again only while nothing it reads has changed, whoever wrote', async () => {
    const { provider, enterprise, expert, cap } = await sceneWithExpert('王工', { title: '酱菜腌制低盐工艺', description: '酱腌菜低盐腌制与保脆。', keywords: ['酱腌菜', '低盐'] })
    const need = await buildNeed(t.api, enterprise.id, { title: '酱腌菜太咸卖不动', description: '酱腌菜盐分高，想做低盐的。', keywords: ['酱腌菜'] })
    const ask = async () => (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body.items.find((m: any) => m.capabilityId === cap.id)
    const first = await ask()
    expect(first.capability.experts.map((e: any) => e.name)).toEqual(['王工'])
    expect(await ask()).toEqual(first)
    // Each written behind the app's back, as another server on the same database would.
    await t.db.updateTable('people').set({ name: '王建国' }).where('id', '=', expert.id).execute()
    expect((await ask()).capability.experts.map((e: any) => e.name)).toEqual(['王建国'])
    await t.db.updateTable('organizations').set({ name: '酱菜研究所（更名）' }).where('id', '=', provider.id).execute()
    expect((await ask()).providerName).toBe('酱菜研究所（更名）')
    expect((await ask()).reasons.find((r: any) => r.kind === 'record')).toBeUndefined()
    await signAgreementBehindTheBack(enterprise.id, provider.id, expert.id)
    expect((await ask()).reasons.find((r: any) => r.kind === 'record')?.text).toBe('已开展对接 0 场、签约 1 项')
  })

  test('experts, providers’ names and track records are read once between changes, and again after one, for every need', async () => {
    const { provider, enterprise, expert, cap } = await sceneWithExpert('刘工', { title: '豆腐凝固剂与保水工艺', description: '内酯豆腐凝固与保水。', keywords: ['豆腐', '凝固剂'] })
    const needA = await buildNeed(t.api, enterprise.id, { title: '豆腐出水多不成型', description: '豆腐出水多，不成型。', keywords: ['豆腐'] })
    const needB = await buildNeed(t.api, enterprise.id, { title: '内酯豆腐太嫩', description: '内酯豆腐太嫩一碰就碎。', keywords: ['内酯豆腐'] })
    const ask = async (need: { id: string }) => (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body.items.find((m: any) => m.capabilityId === cap.id)
    expect((await ask(needA)).capability.experts.map((e: any) => e.name)).toEqual(['刘工'])
    // Behind the app's back; needB was never asked, so no remembered answer hides a kept expert.
    await t.db.updateTable('people').set({ name: '刘振华' }).where('id', '=', expert.id).execute()
    const b = await ask(needB)
    expect(b.capability.experts.map((e: any) => e.name)).toEqual(['刘振华'])
    expect(b.reasons.find((r: any) => r.kind === 'record')).toBeUndefined()
    await signAgreementBehindTheBack(enterprise.id, provider.id, expert.id)
    expect((await ask(needA)).reasons.find((r: any) => r.kind === 'record')?.text).toBe('已开展对接 0 场、签约 1 项')
    await t.db.updateTable('organizations').set({ name: '豆制品研究所（更名）' }).where('id', '=', provider.id).execute()
    expect((await ask(needB)).providerName).toBe('豆制品研究所（更名）')
  })

  test('a term group another process wrote counts at the next request', async () => {
    const { chain, provider, enterprise } = await buildChainScene(t.api, '版本链')
    const cap = await buildCapability(t.api, provider.id, { industryChains: [chain], title: '蓄电池硫化修复', description: '铅酸蓄电池极板硫化的脉冲修复。', keywords: ['极板硫化'] })
    const need = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: '电瓶用不久就亏电', description: '叉车电瓶用一年就亏电。', keywords: ['电瓶亏电'] })
    const reasonOf = async () => (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=10`)).body.items.find((m: any) => m.capabilityId === cap.id)?.reasons.find((r: any) => r.kind === 'text')?.text ?? ''
    expect(await reasonOf()).not.toContain('术语表')
    const now = new Date()
    await t.db.insertInto('matchTerms').values({ id: crypto.randomUUID(), terms: ['电瓶', '蓄电池'], note: null, createdBy: null, createdAt: now, updatedAt: now }).execute()
    expect(await reasonOf()).toContain('术语表：「电瓶」≈「蓄电池」')
  })

  test('editing a capability’s text re-indexes it in the same request', async () => {
    const provider = await buildProvider(t.api)
    const chain = `索引链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    const enterprise = await buildEnterprise(t.api)
    const need = await buildNeed(t.api, enterprise.id, { industryChain: chain, title: '蜂蜜结晶控制', description: '蜂蜜放久了会结晶。', keywords: ['蜂蜜'] })
    const cap = await buildCapability(t.api, provider.id, { title: '无关能力', description: '与此无关。', keywords: [] })
    const before = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=50`)).body.items.map((m: any) => m.capabilityId)
    expect(before).not.toContain(cap.id)
    const dfBefore = await t.db.selectFrom('termStats').select('df').where('corpus', '=', 'capability').where('token', '=', '蜂蜜').executeTakeFirst()
    await t.api.patch(`/api/v1/capabilities/${cap.id}`, { title: '蜂蜜结晶与加工', keywords: ['蜂蜜'] })
    const after = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=5`)).body.items.map((m: any) => m.capabilityId)
    expect(after[0]).toBe(cap.id)
    const dfAfter = await t.db.selectFrom('termStats').select('df').where('corpus', '=', 'capability').where('token', '=', '蜂蜜').executeTakeFirstOrThrow()
    expect(dfAfter.df).toBe((dfBefore?.df ?? 0) + 1)
  })
})

describe('warming up before the server listens', () => {
  test('a warmed-up server answers as a cold one does, and the warm-up wrote nothing nor called the embeddings endpoint', async () => {
    const written = async () => (await sql<{ n: string }>`select (select count(*) from matches) + (select count(*) from match_history) + (select count(*) from embeddings) + (select count(*) from audit_log) as n`.execute(t.db)).rows[0]!.n
    const before = await written()
    const embedded: string[] = []
    const warm = { ...t.deps, catalogue: new ResidentCatalogue(), embeddings: { model: 'stand-in', embed: async (texts: readonly string[]) => { embedded.push(...texts); return texts.map(() => [1, 0]) } } }
    expect(await warmUpMatching(actionContext(warm))).toBe(WARM_UP_RANKINGS)
    expect(embedded).toEqual([])
    expect(await written()).toBe(before)
    const warmed = new ApiClient(createApp({ ...warm, embeddings: undefined }), ADMIN_TOKEN, warm)
    const cold = new ApiClient(createApp({ ...t.deps, catalogue: new ResidentCatalogue() }), ADMIN_TOKEN, t.deps)
    for (const need of labelledNeeds.slice(0, 12)) {
      const url = `/api/v1/needs/${set.needIds.get(need.id)}/matches?limit=10`
      expect((await warmed.get(url)).body, need.id).toEqual((await cold.get(url)).body)
    }
  })
})

describe('who sees which candidates', () => {
  test('the owner and coordinators see a need’s candidates; others do not', async () => {
    const owner = await buildMember(t.api, set.enterprise.id)
    const other = await buildMember(t.api, (await buildEnterprise(t.api)).id)
    const id = set.needIds.get('n-bio-herb')
    expect((await owner.client.get(`/api/v1/needs/${id}/matches`)).status).toBe(200)
    expect((await other.client.get(`/api/v1/needs/${id}/matches`)).status).toBe(403)
  })

  test('a provider sees open needs only as their visibility allows, and no hidden text in reasons', async () => {
    const enterprise = await buildEnterprise(t.api)
    const provider = await buildProvider(t.api)
    const staff = await buildMember(t.api, provider.id)
    const chain = `可见链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    const cap = await buildCapability(t.api, provider.id, { industryChains: [chain], serviceTypes: ['key_technology'], title: '钛合金焊接工艺', description: '钛合金氩弧焊与电子束焊。', keywords: ['钛合金', '焊接'] })
    const secret = await buildNeed(t.api, enterprise.id, { industryChain: chain, needType: 'key_technology', visibility: 'confidential', title: '钛合金焊接气孔', description: '保密项目：钛合金焊接气孔多。', keywords: ['钛合金'] })
    const summary = await buildNeed(t.api, enterprise.id, { industryChain: chain, needType: 'key_technology', visibility: 'summary', title: '钛合金薄板焊接', description: '机密参数：电流 180A 钛合金焊接变形。', keywords: ['钛合金'] })
    const draft = await buildNeed(t.api, enterprise.id, { industryChain: chain, needType: 'key_technology', status: 'draft', title: '钛合金焊接草稿', keywords: ['钛合金'] })
    const r = await staff.client.get(`/api/v1/capabilities/${cap.id}/matches?limit=50`)
    expect(r.status).toBe(200)
    const ids = r.body.items.map((m: any) => m.needId)
    expect(ids).toContain(summary.id)
    expect(ids).not.toContain(secret.id)
    expect(ids).not.toContain(draft.id)
    const seen = r.body.items.find((m: any) => m.needId === summary.id)
    expect(seen.need.view).toBe('summary')
    expect(JSON.stringify(seen)).not.toContain('180A')
    const coordinatorView = (await t.api.get(`/api/v1/capabilities/${cap.id}/matches?limit=50`)).body.items.map((m: any) => m.needId)
    expect(coordinatorView).toContain(secret.id)
  })

  test('a limit out of range, a bad id or an unknown one is a clear 4xx', async () => {
    const id = set.needIds.get('n-bio-herb')
    for (const q of ['limit=0', 'limit=51', 'limit=x']) expect((await t.api.get(`/api/v1/needs/${id}/matches?${q}`)).status).toBe(400)
    expect((await t.api.get('/api/v1/needs/nope/matches')).status).toBe(400)
    expect((await t.api.get('/api/v1/capabilities/01900000-0000-7000-8000-000000000000/matches')).status).toBe(404)
  })
})
