import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildEnterprise, buildProvider } from './support/builders.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from './support/test-app.ts'

// The templates a coordinator downloads, filled as they come, import; the needs template's contact
// reaches the compendium.

let t: TestApp
beforeAll(async () => { t = await createTestApp() })
afterAll(async () => { await t?.close() })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const download = async (kind: string) => {
  const res = await t.api.app.request(`/api/v1/imports/${kind}/template.xlsx`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe(XLSX)
  return new Uint8Array(await res.arrayBuffer())
}
const upload = async (kind: string, bytes: Uint8Array, query = '?dryRun=true') =>
  (await t.api.app.request(`/api/v1/imports/${kind}${query}`, { method: 'POST', body: bytes as BodyInit, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': XLSX } })).json() as Promise<any>

describe('import templates', () => {
  test('each template has the headers, one example row and a sheet explaining every column', async () => {
    for (const kind of ['organizations', 'needs', 'capabilities']) {
      const book = new ExcelJS.Workbook()
      await book.xlsx.load((await download(kind)).buffer as ArrayBuffer)
      const [data, help] = book.worksheets
      expect(data!.name).toBe('导入')
      expect(data!.rowCount).toBe(2)
      const headers = (data!.getRow(1).values as unknown[]).slice(1)
      const explained = help!.getColumn(1).values.slice(2).filter(Boolean)
      expect(explained).toEqual(expect.arrayContaining(headers))
      expect(help!.getColumn(3).values.slice(2, 2 + headers.length).every((v) => typeof v === 'string' && v.length > 0)).toBe(true)
    }
  })

  test('a template filled as it comes imports: organisations, then needs with their contact, then capabilities', async () => {
    const orgs = await upload('organizations', await download('organizations'), '?dryRun=false')
    expect(orgs).toMatchObject({ created: 1, rejected: 0 })
    await buildProvider(t.api, { name: '山东纺织工程学会', providerType: 'provincial_society', county: '济南市' })
    const needs = await upload('needs', await download('needs'), '?dryRun=false')
    expect(needs).toMatchObject({ created: 1, rejected: 0 })
    const caps = await upload('capabilities', await download('capabilities'), '?dryRun=false')
    expect(caps).toMatchObject({ created: 1, rejected: 0 })

    const need = (await t.api.get(`/api/v1/needs/${needs.rows[0].id}`)).body
    const contact = (await t.api.get(`/api/v1/people/${need.contactPersonId}`)).body
    expect(contact).toMatchObject({ name: '李建国', phone: '13805370001', email: 'lijianguo@example.com', organizationId: need.organizationId })
    const html = (await t.api.get('/api/v1/exports/needs-compendium.html')).body as string
    expect(html).toContain('李建国 13805370001 lijianguo@example.com')
    // Importing again finds the same contact instead of adding a second one.
    await upload('needs', await download('needs'), '?dryRun=false')
    const people = (await t.api.get(`/api/v1/people?organizationId=${need.organizationId}`)).body.items
    expect(people.filter((p: any) => p.name === '李建国')).toHaveLength(1)
  })

  test('a contact e-mail without a name is refused at the field', async () => {
    const e = await buildEnterprise(t.api)
    const HEADER = '企业名称,需求名称,需求描述,县市区,产业链,联系电话,联系邮箱'
    const csv = `${HEADER}\r\n${e.name},高盐废水处理,废水含盐高,汶上县,煤盐化工,0537-1234567,x@example.com\r\n`
    const r: any = await (await t.api.app.request('/api/v1/imports/needs?dryRun=true', { method: 'POST', body: csv, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' } })).json()
    expect(r.rejected).toBe(1)
    expect(r.rows[0].errors[0].path).toBe('联系人')
  })
})
