import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as XLSX from 'xlsx'
import { buildEnterprise, buildMember, buildNeed, buildPerson, addTerms } from './support/builders.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
let e1: any
let e2: any
beforeAll(async () => {
  t = await createTestApp()
  e1 = await buildEnterprise(t.api, { name: `汶上鲁锦纺织${Date.now()}` })
  e2 = await buildEnterprise(t.api, { name: `邹城华源化工${Date.now()}` })
})
afterAll(async () => { await t?.close() })

const HEADER = '企业名称,需求名称,需求描述,县市区,产业链,关键词,需求类型,合作方式,预算下限（元）,预算上限（元）,截止日期,公开方式'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n'
const upload = (body: string | Uint8Array, type: string, query = '') => t.api.app.request(`/api/v1/imports/needs${query}`, { method: 'POST', body: body as BodyInit, headers: { authorization: 'Bearer test-admin-token-0123456789abcdef', 'content-type': type } })
const needsOf = async (orgId: string) => (await t.db.selectFrom('needs').select(['title', 'needType', 'budgetMaxYuan']).where('organizationId', '=', orgId).orderBy('title').execute())

describe('importing needs', () => {
  const good = () => csv(
    `${e1.name},布面疵点自动检测,织布车间靠人眼挑疵点,汶上县,纺织服装,疵点、验布,设备研制,技术开发、技术转让,100000,500000,2027-06-30,公开`,
    `${e2.name},高盐废水处理,废水含盐高排不出去,邹城市,煤盐化工,高盐废水,key_technology,development,,"1,000,000",2027/12/31,仅公开摘要`,
  )

  test('a dry run suggests the county or chain a near miss means, and imports nothing unknown', async () => {
    const file = csv(`${e1.name},布面疵点自动检测,织布车间靠人眼挑疵点,汶上,纺织,疵点,设备研制,技术开发,,,,公开`)
    const body: any = await (await upload(file, 'text/csv', '?dryRun=true')).json()
    expect(body.rejected).toBe(1)
    const messages = JSON.stringify(body.rows[0].errors)
    expect(messages).toContain('是否为「汶上县」')
    expect(messages).toContain('是否为「纺织服装」')
    expect(await needsOf(e1.id)).toEqual([])
  })

  test('a dry run reports row by row and writes nothing', async () => {
    const r = await upload(good(), 'text/csv', '?dryRun=true')
    expect(r.status).toBe(200)
    const body: any = await r.json()
    expect(body).toMatchObject({ dryRun: true, created: 2, updated: 0, rejected: 0 })
    expect(body.rows.map((x: any) => [x.row, x.action])).toEqual([[2, 'create'], [3, 'create']])
    expect(await needsOf(e1.id)).toEqual([])
  })

  test('a GBK file as Excel in China writes it, imported for real; importing it again duplicates nothing', async () => {
    const gbk = encodeGbk(good())
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow()
    const first: any = await (await upload(gbk, 'text/csv', '?dryRun=false')).json()
    expect(first).toMatchObject({ created: 2, rejected: 0 })
    expect(await needsOf(e1.id)).toEqual([{ title: '布面疵点自动检测', needType: 'equipment_development', budgetMaxYuan: 500000 }])
    expect((await needsOf(e2.id))[0]).toMatchObject({ budgetMaxYuan: 1000000 })
    const again: any = await (await upload(gbk, 'text/csv', '?dryRun=false')).json()
    expect(again).toMatchObject({ created: 0, updated: 2 })
    expect(await needsOf(e1.id)).toHaveLength(1)
  })

  test('one bad row imports nothing, unless bad rows are to be skipped', async () => {
    const file = csv(
      `${e1.name},新的需求甲,说明,汶上县,纺织服装,,技术攻关,,,,,`,
      `未登记企业,新的需求乙,说明,汶上县,纺织服装,,技术攻关,,,,,`,
      `${e1.name},,缺了名称,汶上县,纺织服装,,魔法,,abc,,,`,
    )
    const refused = await upload(file, 'text/csv', '?dryRun=false')
    expect(refused.status).toBe(400)
    const problem: any = await refused.json()
    expect(problem.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(['第3行 企业名称', '第4行 需求名称', '第4行 需求类型', '第4行 预算下限（元）']))
    expect((await needsOf(e1.id)).map((n) => n.title)).not.toContain('新的需求甲')
    const skipped: any = await (await upload(file, 'text/csv', '?dryRun=false&skipBadRows=true')).json()
    expect(skipped).toMatchObject({ created: 1, rejected: 2 })
    expect((await needsOf(e1.id)).map((n) => n.title)).toContain('新的需求甲')
  })

  test('an .xlsx works the same, and bad uploads are clear 4xx', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('需求')
    sheet.addRow(HEADER.split(','))
    sheet.addRow([e2.name, '焦炉煤气制氢', '焦炉煤气放散可惜', '邹城市', '煤盐化工', '制氢', '成果转化', '技术转让', 0, 800000, new Date('2027-03-31'), '公开'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const r: any = await (await upload(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '?dryRun=false')).json()
    expect(r).toMatchObject({ created: 1, rejected: 0 })
    expect((await t.db.selectFrom('needs').select('deadline').where('title', '=', '焦炉煤气制氢').executeTakeFirstOrThrow()).deadline).toBe('2027-03-31')
    expect((await upload('not a spreadsheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).status).toBe(400)
    expect((await upload('{}', 'application/json')).status).toBe(415)
    const staff = await buildMember(t.api, e1.id)
    const forbidden = await t.api.app.request('/api/v1/imports/needs', { method: 'POST', body: good(), headers: { authorization: `Bearer ${staff.token}`, 'content-type': 'text/csv' } })
    expect(forbidden.status).toBe(403)
  })
})

describe('the needs compendium', () => {
  test('grouped by industry chain, numbered, as visibility allows; read back by two readers', async () => {
    const contact = await buildPerson(t.api, e1.id, { name: '王主任', phone: '0537-1234567' })
    const chain = `汇编链${Date.now()}`
    await addTerms(t.api, { industryChains: [chain] })
    await buildNeed(t.api, e1.id, { industryChain: chain, title: '甲：公开需求', contactPersonId: contact.id, budgetMinYuan: 50000, budgetMaxYuan: 200000 })
    await buildNeed(t.api, e1.id, { industryChain: chain, title: '乙：摘要需求', visibility: 'summary', description: '机密细节' })
    await buildNeed(t.api, e1.id, { industryChain: chain, title: '丙：保密需求', visibility: 'confidential' })
    const res = await t.api.app.request(`/api/v1/exports/needs-compendium.xlsx?industryChain=${encodeURIComponent(chain)}`, { headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const bytes = new Uint8Array(await res.arrayBuffer())

    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as never)
    const sheet = book.worksheets[0]!
    expect(sheet.getCell('A1').value).toBe('技术需求汇编')
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['序号', '需求名称', '需求单位', '预算', '联系人']))
    expect(sheet.getCell('A3').value).toBe(`一、${chain}（2项）`)

    const rows = XLSX.utils.sheet_to_json<any[]>(XLSX.read(bytes, { type: 'array' }).Sheets['技术需求汇编']!, { header: 1 })
    const data = rows.filter((r) => typeof r[0] === 'number')
    expect(data.map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      [1, '甲：公开需求', e1.name, '5万元–20万元'],
      [2, '乙：摘要需求', '（仅公开摘要）', '（仅公开摘要）'],
    ])
    expect(data[0]![8]).toContain('王主任 0537-1234567')
    expect(JSON.stringify(rows)).not.toContain('机密细节')
    expect(JSON.stringify(rows)).not.toContain('丙：保密需求')

    const page = await t.api.app.request(`/api/v1/exports/needs-compendium.html?industryChain=${encodeURIComponent(chain)}&title=${encodeURIComponent('2026年会技术需求汇编')}`, { headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' } })
    const text = await page.text()
    expect(text).toContain('<h1>2026年会技术需求汇编</h1>')
    expect(text).toContain('甲：公开需求')
    expect(text).not.toContain('丙：保密需求')
  })
})

/** GBK bytes for a string, the way a Chinese Excel saves CSV (TextEncoder only writes UTF-8). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else out.push(...(table.get(ch) ?? (() => { throw new Error(`no GBK for ${ch}`) })()))
  }
  return new Uint8Array(out)
}

describe('importing organisations and capabilities', () => {
  test('organisations by credit code or name, then capabilities by provider and title; again changes nothing new', async () => {
    const tag = Date.now().toString(36)
    const orgs = [
      '机构名称,机构类型,统一社会信用代码,县市区,产业链,简介,网址',
      `山东理工大学${tag},高校,,淄博市,纺织服装、高端装备,理工科大学,`,
      `济宁宏图重工${tag},企业,91370800MA3C4XY71K,任城区,高端装备,,`,
      `某某学会${tag},协会,,济南市,,,`,
    ].join('\n')
    const first: any = await (await t.api.app.request('/api/v1/imports/organizations?dryRun=false&skipBadRows=true', { method: 'POST', body: orgs, headers: { authorization: 'Bearer test-admin-token-0123456789abcdef', 'content-type': 'text/csv' } })).json()
    expect(first).toMatchObject({ created: 2, rejected: 1 })
    expect(first.rows[2].errors[0]).toMatchObject({ path: '机构类型' })
    const caps = [
      '服务方名称,能力名称,能力描述,关键词,技术领域,产业链,服务类型,合作方式,技术成熟度,服务地区,每月可承接场次,公开方式',
      `山东理工大学${tag},织物缺陷视觉检测,深度学习验布,机器视觉、验布,人工智能,纺织服装,设备研制、技术攻关,技术开发,7,汶上县、嘉祥县,6,公开`,
    ].join('\n')
    const request = () => t.api.app.request('/api/v1/imports/capabilities?dryRun=false', { method: 'POST', body: caps, headers: { authorization: 'Bearer test-admin-token-0123456789abcdef', 'content-type': 'text/csv' } })
    expect(await (await request()).json()).toMatchObject({ created: 1, rejected: 0 })
    expect(await (await request()).json()).toMatchObject({ created: 0, updated: 1 })
    const cap = await t.db.selectFrom('capabilities').select(['serviceTypes', 'readinessLevel', 'regionsServed', 'capacityPerMonth']).where('title', '=', '织物缺陷视觉检测').execute()
    expect(cap).toEqual([{ serviceTypes: ['equipment_development', 'key_technology'], readinessLevel: 7, regionsServed: ['汶上县', '嘉祥县'], capacityPerMonth: 6 }])
    // The imported capability is in the search index, like one made through the API.
    const df = await t.db.selectFrom('termStats').select('df').where('corpus', '=', 'capability').where('token', '=', '验布').executeTakeFirst()
    expect(df?.df).toBeGreaterThanOrEqual(1)
  })
})
