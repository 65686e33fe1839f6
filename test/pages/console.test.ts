import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../../src/deps.ts'
import { queueFollowUps } from '../../src/events/session-mail-jobs.ts'
import { MAX_ATTEMPTS } from '../../src/mail/dispatcher.ts'
import { buildCapability, buildPerson, buildProvider, signIn } from '../support/builders.ts'
import { SmtpSink } from '../support/smtp-sink.ts'
import { dispatchVia } from '../support/dispatch.ts'
import type { TestApp } from '../support/test-app.ts'
import { startPagesServer } from './pages-server.ts'
import { choose, expectAccessible, expectFits, pressUntil, SCREENSHOTS } from './browser.ts'

// The coordinator's console, one season played through it in Debian's Chromium against the real
// server: organisations and needs imported from files, matches shortlisted in bulk, an event made
// and timetabled in the grid, the day run at the desk, outcomes recorded, the figures read and
// downloaded, and a failed invite resent once the mail server is back.

let t: TestApp
let base: string
let browser: Browser
let close: () => Promise<void>
const sink = new SmtpSink()
beforeAll(async () => { ({ t, base, browser, close } = await startPagesServer()) })
afterAll(async () => {
  await sink.stop()
  await close?.()
})

const csvFile = (name: string, rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8') })
const main = (page: Page) => page.locator('main')
const toast = (page: Page) => page.locator('.ant-message')
/** Presses a button of the open confirmation, and waits until it has closed: its action done. */
async function modalOk(page: Page, name: string) {
  const button = page.locator('.ant-modal-confirm:visible').getByRole('button', { name, exact: true })
  await pressUntil(page, button, button, 'hidden')
}
const dispatch = (url: string) => dispatchVia(t.deps, url)

describe('the coordinator runs a season in the console', () => {
  test('import, match, timetable, the day, outcomes, figures and the outbox', { timeout: 300_000 }, async () => {
    const coordinator = await buildPerson(t.api, null, { name: '王晓燕' })
    await signIn(t.api, coordinator)
    const provider = await buildProvider(t.api, { name: '山东理工大学纺织学院', providerType: 'university' })
    const expert = await buildPerson(t.api, provider.id, { name: '王教授', phone: '13900000002' })
    const capability = await buildCapability(t.api, provider.id, { title: '织物疵点机器视觉检测', expertIds: [expert.id], industryChains: ['纺织服装'], serviceTypes: ['key_technology'], keywords: ['疵点', '机器视觉', '验布'], description: '基于机器视觉的布面疵点在线检测，验布速度 60 米/分钟。' })

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
    await context.clock.install({ time: t.clock.now })
    await context.clock.resume()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const shot = async (name: string, wide = false) => {
      await expectFits(page, `console-${name}-1366`)
      if (!wide) return
      await page.setViewportSize({ width: 1920, height: 1080 })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${SCREENSHOTS}/console-${name}-1920.png`, fullPage: true })
      await page.setViewportSize({ width: 1366, height: 768 })
    }

    await page.goto(`${base}/`)
    await page.waitForURL(/\/sign-in/)
    await page.getByLabel('邮箱', { exact: true }).fill(coordinator.email)
    await page.getByLabel('密码', { exact: true }).fill('correct horse battery staple')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { name: '工作台' }).waitFor()
    await expect.poll(() => main(page).innerText()).toContain('对接漏斗')
    await expectAccessible(page, 'console home')
    await shot('home', true)

    // 机构与人员 → 导入: the dry run says row by row what would happen; nothing is written until 导入.
    await page.getByRole('navigation').getByRole('link', { name: '机构与人员' }).click()
    await page.getByRole('link', { name: /从 Excel 导入/ }).click()
    await page.locator('input[type=file]').setInputFiles(csvFile('机构.csv', [
      '机构名称,机构类型,统一社会信用代码,县市区,产业链,简介,网址',
      '汶上县鲁锦纺织有限公司,企业,,汶上县,纺织服装,以鲁锦面料为主的纺织企业,',
      '汶上县如意织造有限公司,企业,,汶上县,纺织服装,,',
      '汶上县某某公司,企业,,汶上,纺织服装,,',
    ]))
    await expect.poll(() => main(page).innerText()).toContain('试运行结果（尚未写入）')
    const dry = await main(page).innerText()
    expect(dry).toContain('汶上县鲁锦纺织有限公司')
    expect(dry).toMatch(/拒绝/)
    expect((await t.api.get('/api/v1/organizations?kind=enterprise')).body.items).toHaveLength(0)
    await expectAccessible(page, 'import dry run')
    await shot('import-dry-run')
    await page.getByRole('button', { name: /跳过 1 行有误的，导入其余/ }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已导入：新建 2')
    const enterprises = (await t.api.get('/api/v1/organizations?kind=enterprise')).body.items
    expect(enterprises.map((o: { name: string }) => o.name).sort()).toEqual(['汶上县如意织造有限公司', '汶上县鲁锦纺织有限公司'])
    const contacts = await Promise.all(enterprises.map((o: { id: string; name: string }, i: number) => buildPerson(t.api, o.id, { name: i === 0 ? '李建国' : '张秀英', phone: `1380000000${i}` })))

    await page.locator('label.ant-radio-button-wrapper', { hasText: '技术需求' }).click()
    await page.locator('input[type=file]').setInputFiles(csvFile('需求.csv', [
      '企业名称,需求名称,需求描述,县市区,产业链,关键词,需求类型,合作方式,预算下限（元）,预算上限（元）,截止日期,公开方式',
      '汶上县鲁锦纺织有限公司,布面疵点在线视觉检测,织布车间靠人眼挑疵点，漏检率约 5%，希望引入机器视觉在线检测。,汶上县,纺织服装,疵点、机器视觉,技术攻关,技术开发,100000,500000,2027-06-30,公开',
      '汶上县如意织造有限公司,验布自动化与疵点分级,验布工序全靠人工，想用机器视觉自动识别疵点并分级。,汶上县,纺织服装,验布、疵点,技术攻关,技术开发,,,,公开',
    ]))
    await expect.poll(() => main(page).innerText()).toContain('试运行结果（尚未写入）')
    await page.getByRole('button', { name: '导入 2 行' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已导入：新建 2')
    const needs = (await t.api.get('/api/v1/needs')).body.items
    expect(needs).toHaveLength(2)

    // 匹配 → 批量匹配 for the county, reviewed as one table, both pairs shortlisted at once.
    await page.getByRole('navigation').getByRole('link', { name: '匹配' }).click()
    await page.getByText('批量匹配', { exact: true }).first().click()
    await choose(page, '按县市区', '汶上县')
    await page.getByRole('button', { name: '批量匹配' }).click()
    await expect.poll(() => main(page).innerText()).toContain('织物疵点机器视觉检测')
    for (const n of ['布面疵点在线视觉检测', '验布自动化与疵点分级']) await page.getByLabel(`选择：${n} ↔ 织物疵点机器视觉检测`).check()
    await expectAccessible(page, 'batch matching')
    await shot('batch-matching')
    await page.getByRole('button', { name: '入围', exact: true }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已入围 2 对')
    expect((await t.api.get('/api/v1/matches?status=shortlisted')).body.items).toHaveLength(2)

    // 对接活动 → 创建: the day, its hours, five tables, everyone of the county invited.
    await page.getByRole('navigation').getByRole('link', { name: '对接活动' }).click()
    await page.getByRole('link', { name: /创建对接活动/ }).first().click()
    await page.getByLabel('活动名称').fill('金桥行动汶上行')
    await choose(page, '县市区', '汶上县')
    await page.getByLabel('地点').fill('汶上县科技馆')
    await page.getByLabel('第 1 天').fill('2026-11-23')
    await page.getByLabel('开始', { exact: true }).fill('08:30')
    await page.getByLabel('结束', { exact: true }).fill('10:00')
    await page.getByRole('button', { name: '加 5 张桌' }).click()
    await page.getByRole('button', { name: '邀请本县全部企业' }).click()
    await page.getByRole('button', { name: '邀请全部服务方' }).click()
    await expect.poll(() => main(page).innerText()).toContain('已选 3 家')
    await expectAccessible(page, 'event form')
    await shot('event-form')
    await page.getByRole('button', { name: '创建活动' }).click()
    await page.getByRole('heading', { name: '金桥行动汶上行' }).waitFor()
    const [event] = (await t.api.get('/api/v1/events')).body.items
    expect(event).toMatchObject({ county: '汶上县', venue: '汶上县科技馆', slots: 4 })
    expect(event.tables).toHaveLength(5)

    // The grid: the scheduler's proposal first (nothing written), then applied.
    await expect.poll(() => main(page).innerText()).toContain('待安排（2）')
    await page.getByRole('button', { name: /自动排程/ }).click()
    await expect.poll(() => main(page).innerText()).toContain('方案：安排 2 场')
    expect((await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items).toHaveLength(0)
    await shot('grid-proposal', true)
    await page.getByRole('button', { name: '应用方案' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('方案已应用')
    let sessions = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items
    expect(sessions).toHaveLength(2)

    // A manual move: choosing a meeting (by keyboard) marks every cell; where the expert is
    // already busy the cell says so, and placing there is refused before anything is sent.
    const moving = sessions[0]
    const other = sessions[1]
    const card = page.getByRole('button', { name: new RegExp(`^${moving.needTitle}`) })
    await card.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true')
    const otherSlot = event.tables.length // any table but the other session's, in the other session's slot
    expect(otherSlot).toBeGreaterThan(1)
    const slots = (await t.api.get(`/api/v1/events/${event.id}/planning`)).body.slots as { startsAt: string }[]
    const busySlot = slots.findIndex((s) => s.startsAt === other.startsAt)
    const freeTable = event.tables.find((x: { id: string }) => x.id !== other.tableId && x.id !== moving.tableId).id
    const clash = page.locator(`td[data-cell="${busySlot}/${freeTable}"] button.jq-grid-place`)
    expect(await clash.getAttribute('aria-label')).toMatch(/^冲突：.*冲突：王教授 此时在/)
    await expectAccessible(page, 'grid with a chosen meeting')
    await shot('grid-clash', true)
    await clash.click()
    await expect.poll(() => toast(page).innerText()).toContain('冲突')
    expect((await t.api.get(`/api/v1/sessions/${moving.id}/invite.ics`)).status).toBe(200)
    const lastSlot = slots.length - 1
    const target = page.locator(`td[data-cell="${lastSlot}/${freeTable}"]`)
    expect(await target.getAttribute('data-verdict')).toBe('fits')
    // Drag and drop, as a mouse user moves it.
    await card.dragTo(target)
    await expect.poll(() => toast(page).innerText()).toContain('已移动')
    sessions = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items
    expect(sessions.find((s: { id: string }) => s.id === moving.id)).toMatchObject({ startsAt: slots[lastSlot]!.startsAt, tableId: freeTable })

    // Confirming sends invites: it asks first, since it cannot be taken back.
    await page.getByRole('button', { name: /确认并发出邀请（2 场）/ }).click()
    await expect.poll(() => page.locator('.ant-modal-confirm').innerText()).toContain('不能收回')
    await modalOk(page, '确定')
    await expect.poll(() => toast(page).innerText()).toContain('邀请已排队发送')
    sessions = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items
    expect(sessions.every((s: { status: string }) => s.status === 'confirmed')).toBe(true)
    const invites = (await t.api.get('/api/v1/outbox?kind=invite')).body.items
    expect(invites).toHaveLength(4)

    // On the day: the desk finds 李建国 by phone, checks him in; the sessions are marked held together.
    await page.getByRole('tab', { name: '现场签到' }).click()
    await page.getByLabel('查找参会人').fill('13800000000')
    await expect.poll(() => page.locator('table[aria-label="参会人"], .ant-table').first().innerText()).toContain('李建国')
    await page.getByRole('button', { name: '为 李建国 签到' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('李建国 已签到')
    await page.getByLabel('查找参会人').fill('')
    for (const s of sessions) await page.getByLabel(`选择：${s.needTitle}`).check()
    await shot('on-the-day')
    await page.getByRole('button', { name: /标记已举行（2）/ }).click()
    await expect.poll(() => page.locator('.ant-modal-confirm').innerText()).toContain('将 2 场标记为已举行')
    await modalOk(page, '确定')
    await expect.poll(() => toast(page).innerText()).toContain('已更新')
    await expect.poll(async () => (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items.map((s: { status: string }) => s.status)).toEqual(['held', 'held'])

    // The follow-up goes out; 李建国 answers it from the link in his mail.
    expect(await queueFollowUps(actionContext(t.deps))).toBeGreaterThan(0)
    const contact = enterprises[0].name === '汶上县鲁锦纺织有限公司' ? contacts[0] : contacts[1]
    const diary = (await (await signIn(t.api, contact)).get('/api/v1/me/sessions')).body.items
    const link = new URL(diary.find((s: { followUp: unknown }) => s.followUp).followUp.url).pathname
    expect((await t.api.app.request(link, { method: 'POST', body: new URLSearchParams({ held: 'yes', usefulness: '5', intention: 'yes', nextStep: '下月到企业现场调研' }) })).status).toBe(200)

    // 成果: the answer confirmed (with its intention), then an agreement and the resolution recorded.
    await page.getByRole('navigation').getByRole('link', { name: '成果' }).click()
    await expect.poll(() => main(page).innerText()).toContain(contact.name)
    await page.getByRole('button', { name: '确认…' }).first().click()
    await modalOk(page, '确认')
    await expect.poll(() => toast(page).innerText()).toContain('已确认')
    expect((await t.api.get('/api/v1/intentions')).body.items).toHaveLength(1)
    await page.getByRole('tab', { name: '登记成果' }).click()
    await page.getByLabel('选择技术需求').click()
    await page.getByLabel('选择技术需求').fill('布面疵点')
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '布面疵点在线视觉检测' }).click()
    await choose(page, '服务方', '山东理工大学纺织学院')
    await choose(page, '合作方式', '技术开发')
    await page.getByLabel('金额（元）').fill('200000')
    await page.getByRole('button', { name: '登记', exact: true }).click()
    await expect.poll(() => toast(page).innerText()).toContain('合作协议已登记')
    await page.getByLabel('解决情况说明').fill('在线检测设备上线，漏检率降到 0.8%。')
    await shot('record-outcome')
    await page.getByRole('button', { name: '登记需求已解决' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已登记为已解决')

    // 统计: the new figures, their definitions, and the workbook.
    await page.getByRole('navigation').getByRole('link', { name: '统计' }).click()
    const figure = (name: string) => page.locator('.ant-statistic', { has: page.getByLabel(new RegExp(`^${name}：`)) })
    await expect.poll(() => figure('签订合作协议').innerText()).toContain('1项')
    expect((await figure('举行对接会').innerText()).replace(/\s/g, '')).toContain('2场')
    expect((await figure('解决技术需求').innerText()).replace(/\s/g, '')).toContain('1项')
    expect((await figure('协议金额').innerText()).replace(/\s/g, '')).toContain('20万元')
    await expect.poll(() => main(page).innerText()).toContain('签订协议')
    await expectAccessible(page, 'figures')
    await shot('figures', true)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 figures.xlsx/ }).click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile((await download.path())!)) as never)
    const cells = workbook.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String))
    expect(cells.join(' ')).toContain('签订合作协议')

    // 邮件: the mail server is down for every attempt; the invites fail, show here, and one is resent once it is back.
    await sink.start()
    const port = sink.port
    await sink.stop()
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await dispatch(`smtp://127.0.0.1:${port}`)
      t.clock.now = new Date(t.clock.now.getTime() + 2 * 3_600_000)
    }
    await page.getByRole('navigation').getByRole('link', { name: '邮件' }).click()
    await choose(page, '按状态筛选', '发送失败')
    await expect.poll(() => main(page).innerText()).toContain('ECONNREFUSED')
    await expectAccessible(page, 'outbox')
    await shot('outbox-failed', true)
    const failed = (await t.api.get('/api/v1/outbox?status=failed&kind=invite')).body.items
    expect(failed.length).toBe(4)
    await page.locator(`tr[data-row-key="${failed[0].id}"]`).getByRole('button', { name: '重发' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已重新排队')
    await sink.start(port)
    expect((await dispatch(sink.url)).sent).toBe(1)
    expect(sink.received.at(-1)!.raw).toContain(failed[0].toEmail)
    await choose(page, '按状态筛选', '已发送')
    await expect.poll(() => page.locator(`tr[data-row-key="${failed[0].id}"]`).innerText()).toContain('已发送')

    await context.close()
    expect(errors, 'errors in the page').toEqual([])
  })
})

describe('the coordinator tunes matching and prints the day', () => {
  test('a term group previewed on a need, saved, deleted and undone; the printables list who comes', { timeout: 120_000 }, async () => {
    const coordinator = await buildPerson(t.api, null, { name: '赵主任' })
    await signIn(t.api, coordinator)
    const enterprise = (await t.api.post('/api/v1/organizations', { kind: 'enterprise', name: '邹城市华鲁化工有限公司', county: '汶上县', industryChains: ['纺织服装'] })).body
    const contact = await buildPerson(t.api, enterprise.id, { name: '孙工' })
    const need = (await t.api.post('/api/v1/needs', { organizationId: enterprise.id, title: '锅炉结垢严重', description: '锅炉里结了厚厚一层垢，换热效率下降。', county: '汶上县', industryChain: '纺织服装', keywords: [], needType: 'key_technology', contactPersonId: contact.id, status: 'published' })).body
    const provider = await buildProvider(t.api, { name: '山东省化工研究院' })
    const expert = await buildPerson(t.api, provider.id, { name: '周研究员' })
    const target = await buildCapability(t.api, provider.id, { title: '换热器阻垢剂', description: '工业循环水阻垢缓蚀。', keywords: ['阻垢剂'], industryChains: ['纺织服装'], expertIds: [expert.id] })

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${base}/sign-in`)
    await page.getByLabel('邮箱', { exact: true }).fill(coordinator.email)
    await page.getByLabel('密码', { exact: true }).fill('correct horse battery staple')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { name: '工作台' }).waitFor()

    // The preview ranks the chosen need with the edited list; nothing is saved until 保存.
    await page.goto(`${base}/matching?view=terms&needId=${need.id}`)
    await expect.poll(() => main(page).innerText()).toContain('当前前 10 名')
    // What matching learned from decisions is shown beside the list, with how much backs it.
    await expect.poll(() => main(page).innerText()).toMatch(/从对接决定中学到的词（\d+）/)
    expect(await main(page).innerText()).toMatch(/满 20 条后开始学习|入围、采纳、对接和签约的组合教会匹配/)
    const groupsBefore = (await t.api.get('/api/v1/match-terms')).body.items.length
    await page.getByRole('button', { name: /新建一组/ }).click()
    const words = page.getByLabel('同义的词（回车分隔）')
    for (const w of ['结垢', '阻垢', '水垢']) { await words.fill(w); await words.press('Enter') }
    await expect.poll(() => main(page).innerText()).toContain('修改后的前 10 名')
    await expect.poll(() => page.locator('table[aria-label="修改后的排序"], .ant-table').last().innerText()).toContain('换热器阻垢剂')
    expect((await t.api.get('/api/v1/match-terms')).body.items).toHaveLength(groupsBefore)
    await expectAccessible(page, 'term editor')
    await expectFits(page, 'console-terms-1366')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已保存')
    const saved = (await t.api.get('/api/v1/match-terms')).body.items.find((g: { terms: string[] }) => g.terms.includes('阻垢'))
    expect(saved.terms).toEqual(['结垢', '阻垢', '水垢'])
    const reason = (await t.api.get(`/api/v1/needs/${need.id}/matches?limit=50`)).body.items.find((m: { capabilityId: string }) => m.capabilityId === target.id)
    expect(JSON.stringify(reason.reasons)).toContain('「结垢」≈')

    // A deletion says what went, and its 撤销 brings the group back.
    await page.getByLabel('查找术语').fill('阻垢')
    await page.getByRole('button', { name: '删除：结垢、阻垢、水垢' }).click()
    await expect.poll(() => toast(page).innerText()).toContain('已删除')
    expect((await t.api.get('/api/v1/match-terms')).body.items.some((g: { terms: string[] }) => g.terms.includes('阻垢'))).toBe(false)
    await toast(page).getByRole('button', { name: '撤销' }).click()
    await expect.poll(async () => (await t.api.get('/api/v1/match-terms')).body.items.some((g: { terms: string[] }) => g.terms.includes('阻垢'))).toBe(true)

    // The day's printables: a sheet per table and the sign-in list name everyone booked.
    const event = (await t.api.post('/api/v1/events', { title: '金桥行动邹城行', kind: 'on_site', venue: '邹城市科技馆', county: '汶上县', days: [{ date: '2026-12-20', opens: '09:00', closes: '10:00' }], tables: [{ name: 'B1' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
    await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: target.id, attendeeIds: [contact.id, expert.id], startsAt: '2026-12-20T09:00:00+08:00', endsAt: '2026-12-20T09:20:00+08:00', tableId: event.tables[0].id })
    await page.goto(`${base}/print/events/${event.id}?view=tables`)
    await expect.poll(() => page.locator('body').innerText()).toContain('金桥行动邹城行 · 桌位 B1')
    expect(await page.locator('body').innerText()).toContain('孙工（邹城市华鲁化工有限公司）')
    await expectFits(page, 'console-print-tables')
    await page.goto(`${base}/print/events/${event.id}?view=sign-in`)
    await expect.poll(() => page.locator('table').innerText()).toContain('周研究员')
    expect(await page.locator('table').innerText()).toContain('签名')
    await page.goto(`${base}/print/events/${event.id}?view=people`)
    await expect.poll(() => page.locator('body').innerText()).toContain('孙工')
    expect(await page.locator('section.jq-print-sheet').count()).toBe(2)

    await context.close()
    expect(errors, 'errors in the page').toEqual([])
  })
})
