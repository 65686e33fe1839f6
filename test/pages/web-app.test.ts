import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { actionContext } from '../../src/deps.ts'
import { mailLinkFinisher } from '../../src/jobs/mail-links.ts'
import { queueFollowUps } from '../../src/events/session-mail-jobs.ts'
import { buildCapability, buildEnterprise, buildNeed, buildPerson, buildProvider, invitationPath, signIn, TEST_PASSWORD } from '../support/builders.ts'
import type { TestApp } from '../support/test-app.ts'
import { startPagesServer } from './pages-server.ts'
import { choose, expectAccessible, expectFits, pressUntil, SCREENSHOTS, typeTags, VIEWPORTS } from './browser.ts'

// The participants' web app, used as its people use it: Debian's Chromium against the real
// server (pages built by the global setup) on PGlite, on a phone and on a laptop.

let t: TestApp
let base: string
let browser: Browser
let close: () => Promise<void>
beforeAll(async () => { ({ t, base, browser, close } = await startPagesServer()) })
afterAll(async () => { await close?.() })

async function open(viewport: (typeof VIEWPORTS)[number]) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  // The browser's clock starts at the server's and runs, so "coming" and "past" agree on both sides.
  await context.clock.install({ time: t.clock.now })
  await context.clock.resume()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

async function signInOnPage(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto(`${base}/`)
  await page.waitForURL(/\/sign-in/)
  await page.getByLabel('邮箱', { exact: true }).fill(email)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.getByRole('heading', { name: '工作台' }).waitFor()
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()

async function closeAll(context: BrowserContext, errors: string[]) {
  await context.close()
  expect(errors, 'errors in the page').toEqual([])
}

describe.each(VIEWPORTS)('on a $name ($width px)', (viewport) => {
  const shot = (name: string) => `web-${name}-${viewport.width}`

  test('an invited engineer sets a password, files and publishes a need, sees who could solve it, and invites a colleague', async () => {
    const enterprise = await buildEnterprise(t.api, { name: `汶上县鲁锦纺织有限公司${viewport.width}` })
    const person = await buildPerson(t.api, enterprise.id, { name: '何思远' })
    const provider = await buildProvider(t.api, { name: `山东理工大学纺织学院${viewport.width}` })
    await buildCapability(t.api, provider.id, { title: `织物疵点机器视觉检测${viewport.width}`, industryChains: ['纺织服装'], serviceTypes: ['key_technology'], keywords: ['疵点', '机器视觉', '验布'] })
    const invitation = (await t.api.post(`/api/v1/people/${person.id}/invitation`, {})).body
    const { context, page, errors } = await open(viewport)

    // The invitation link opens a page that only the button acts on; the password signs them in.
    await page.goto(base + (await invitationPath(t.api, invitation.id)))
    await page.fill('#password', TEST_PASSWORD)
    await page.fill('#confirm', TEST_PASSWORD)
    await page.click('button[type=submit]')
    await page.locator('h1', { hasText: '密码已设置' }).waitFor()
    await expectFits(page, shot('password-set'))
    await page.getByRole('link', { name: /进入工作台/ }).click()
    await page.getByRole('heading', { name: '工作台' }).waitFor()
    await expect.poll(() => page.locator('main').innerText()).toContain('何思远')
    await expectAccessible(page, 'enterprise dashboard')
    await expectFits(page, shot('enterprise-dashboard'))

    // 发布需求: the guided form, the required fields said at the field, then published.
    await nav(page, '发布需求')
    await page.getByRole('heading', { name: '发布技术需求' }).waitFor()
    await page.getByRole('button', { name: '发布需求' }).click()
    await expect.poll(() => page.locator('.ant-form-item-explain-error').allInnerTexts()).toContain('请填写需求名称')
    await page.getByLabel('需求名称').fill('布面疵点在线视觉检测')
    await page.getByLabel('需求描述').fill('织布车间靠人眼挑疵点，漏检率约 5%，希望漏检率降到 1% 以下，车速 60 米/分钟不降。')
    await typeTags(page, '关键词', ['疵点', '机器视觉'])
    await choose(page, '所在县市区', '汶上县')
    await choose(page, '所属产业链', '纺织服装')
    await page.getByLabel('预算下限（万元）').fill('5')
    await page.getByLabel('预算上限（万元）').fill('30')
    await expectAccessible(page, 'need form')
    await expectFits(page, shot('need-form'))
    // What is typed is kept: a reload (a WeChat tab closed and opened) brings it back.
    await page.reload()
    await expect.poll(() => page.getByLabel('需求名称').inputValue()).toBe('布面疵点在线视觉检测')
    // The need's page: where it stands, and who could solve it, with the reasons in words.
    await pressUntil(page, page.getByRole('button', { name: '发布需求' }), page.getByRole('heading', { name: '布面疵点在线视觉检测' }), 'visible')
    const suggestions = page.locator('.ant-card', { hasText: '推荐的服务方' })
    await expect.poll(() => suggestions.innerText()).toContain(`织物疵点机器视觉检测${viewport.width}`)
    expect(await suggestions.innerText()).toMatch(/匹配度 (强|中|弱)/)
    expect(await suggestions.innerText()).toContain('疵点')
    expect(await page.locator('main').innerText()).toContain('5 万元 – 30 万元')
    await expectAccessible(page, 'need page')
    await expectFits(page, shot('need-page'))
    const [filed] = (await t.api.get(`/api/v1/needs?organizationId=${enterprise.id}`)).body.items
    expect(filed).toMatchObject({ title: '布面疵点在线视觉检测', status: 'published', county: '汶上县', industryChain: '纺织服装', budgetMinYuan: 50_000, budgetMaxYuan: 300_000 })

    // A need nobody in the catalogue can solve yet says so plainly, with what to do next.
    const lonely = (await t.api.post('/api/v1/needs', { organizationId: enterprise.id, title: '古籍修复用纸脱酸', description: '馆藏古籍纸张发黄变脆，想找整本脱酸和纸张加固的办法。', keywords: ['古籍'], county: '汶上县', industryChain: '纺织服装', needType: 'key_technology', status: 'published' })).body
    await page.goto(`${base}/needs/${lonely.id}`)
    await expect.poll(() => page.locator('main').innerText()).toContain('目前没有合适的服务方')
    expect(await page.locator('main').innerText()).toContain('「纺织服装」产业链')
    await expectFits(page, shot('need-no-provider'))

    // 我的机构: a colleague is invited by e-mail in one step.
    await nav(page, '我的机构')
    await page.getByRole('button', { name: '邀请同事' }).click()
    await page.getByLabel('姓名').fill('张经理')
    await page.getByLabel('电子邮箱').fill(`zhang${viewport.width}@lujin.example.com`)
    await page.getByRole('button', { name: '添加并发送邀请' }).click()
    await expect.poll(() => page.locator('.ant-card', { hasText: '同事' }).innerText()).toContain('张经理')
    const mail = await t.db.selectFrom('outbox').selectAll().where('toEmail', '=', `zhang${viewport.width}@lujin.example.com`).execute()
    expect(mail.map((m) => [m.kind, m.subject])).toEqual([['invitation', '邀请您使用金桥对接平台']])
    // The mail as the colleague reads it: it names who invited them, and its link is the one that sets a password.
    const sent = await mailLinkFinisher(actionContext(t.deps))(mail[0]!)
    expect(sent.text).toContain('何思远')
    expect(sent.text).toMatch(new RegExp(`${base}/invite/`))
    const reader = await context.newPage()
    await reader.setContent(sent.html!)
    await reader.screenshot({ path: `${SCREENSHOTS}/${shot('invitation-mail')}.png`, fullPage: true })
    await reader.close()
    await expectAccessible(page, 'organization page')
    await expectFits(page, shot('organization'))
    await closeAll(context, errors)
  })

  test('a society’s secretary offers a capability with its expert, and finds the needs it could serve', async () => {
    const society = await buildProvider(t.api, { providerType: 'provincial_society', name: `山东省纺织工程学会${viewport.width}` })
    const secretary = await buildPerson(t.api, society.id, { name: '马秘书长', position: '秘书长' })
    await buildPerson(t.api, society.id, { name: '李教授', position: '教授' })
    await signIn(t.api, secretary)
    const factory = await buildEnterprise(t.api, { name: `嘉祥县经编织造厂${viewport.width}` })
    await buildNeed(t.api, factory.id, { title: `经编布面疵点自动检测${viewport.width}`, keywords: ['疵点', '经编', '机器视觉'], needType: 'key_technology' })
    const { context, page, errors } = await open(viewport)
    await signInOnPage(page, secretary.email)

    await nav(page, '服务能力')
    await page.getByRole('link', { name: '发布服务能力' }).first().click()
    await page.getByLabel('服务能力名称').fill('织物疵点机器视觉检测')
    await page.getByLabel('能力描述').fill('基于深度学习的织物表面疵点在线检测，可识别断经、断纬、破洞等 20 余类疵点。')
    await typeTags(page, '关键词', ['疵点', '机器视觉'])
    await choose(page, '服务的产业链', '纺织服装')
    await choose(page, '提供服务的专家', '李教授（教授）')
    await expectAccessible(page, 'capability form')
    await expectFits(page, shot('capability-form'))
    await page.getByRole('button', { name: '发布服务能力' }).click()

    await page.getByRole('heading', { name: '织物疵点机器视觉检测' }).waitFor()
    expect(await page.locator('main').innerText()).toContain('李教授（教授）')
    const serves = page.locator('.ant-card', { hasText: '它能解决的企业需求' })
    await expect.poll(() => serves.innerText()).toContain(`经编布面疵点自动检测${viewport.width}`)
    await expectAccessible(page, 'capability page')
    await expectFits(page, shot('capability-page'))

    // 需求大厅: filtered in the URL (a link to share), and ranked for my capability.
    await nav(page, '需求大厅')
    await choose(page, '按产业链筛选', '纺织服装')
    await expect.poll(() => page.url()).toContain('industryChain=')
    await page.getByLabel('搜索需求').fill('经编')
    await page.getByLabel('搜索需求').press('Enter')
    await expect.poll(() => page.locator('main').innerText()).toContain(`经编布面疵点自动检测${viewport.width}`)
    await expectAccessible(page, 'needs hall')
    await expectFits(page, shot('hall'))
    await page.getByText('我能解决的').click()
    await expect.poll(() => page.locator('main').innerText()).toContain('匹配度')
    expect(await page.locator('main').innerText()).toContain(`经编布面疵点自动检测${viewport.width}`)
    await expectFits(page, shot('hall-ranked'))
    await closeAll(context, errors)
  })

  test('an attendee accepts a session in one tap, adds it to the calendar, and fills in the follow-up afterwards', async () => {
    const saved = t.clock.now
    try {
      const enterprise = await buildEnterprise(t.api)
      const provider = await buildProvider(t.api, { providerType: 'national_society', name: `中国纺织工程学会${viewport.width}` })
      const contact = await buildPerson(t.api, enterprise.id, { name: '李建国' })
      const expert = await buildPerson(t.api, provider.id, { name: '王教授' })
      const secretary = await buildPerson(t.api, provider.id, { name: '赵秘书' })
      await signIn(t.api, contact)
      await signIn(t.api, secretary)
      const need = await buildNeed(t.api, enterprise.id, { contactPersonId: contact.id })
      const capability = await buildCapability(t.api, provider.id, { expertIds: [expert.id] })
      const event = (await t.api.post('/api/v1/events', { title: `金桥行动汶上行${viewport.width}`, kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', days: [{ date: '2026-11-25', opens: '08:30', closes: '12:00' }], tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
      const session = (await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id, expert.id], startsAt: '2026-11-25T09:00:00+08:00', endsAt: '2026-11-25T09:30:00+08:00', tableId: event.tables[0].id })).body
      expect((await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })).status).toBe(200)

      const { context, page, errors } = await open(viewport)
      await signInOnPage(page, contact.email)
      await nav(page, '我的日程')
      const card = page.locator('.ant-card', { hasText: `金桥行动汶上行${viewport.width}` }).filter({ hasText: '09:00–09:30' })
      await expect.poll(() => card.innerText()).toContain('09:00–09:30')
      expect(await card.innerText()).toContain('北京时间')
      expect(await card.innerText()).toContain('汶上县科技馆 · 桌位 A1')
      expect(await card.innerText()).toContain('待答复')
      expect(await card.getByRole('link', { name: /加入日历/ }).getAttribute('href')).toBe(`/api/v1/sessions/${session.id}/invite.ics`)
      await expectAccessible(page, 'schedule')
      await expectFits(page, shot('schedule'))
      await card.getByRole('button', { name: '接受' }).click()
      await expect.poll(() => card.innerText()).toContain('已接受')
      const answered = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0].attendees
      expect(answered.find((a: { personId: string }) => a.personId === contact.id).response).toBe('accepted')
      const ics = await page.request.get(`${base}/api/v1/sessions/${session.id}/invite.ics`)
      expect(ics.headers()['content-type']).toContain('text/calendar')

      // The day after: the follow-up waits on the card, and its form is the one the mail links to.
      t.clock.now = new Date('2026-11-26T02:00:00Z')
      await context.clock.setSystemTime(t.clock.now)
      expect(await queueFollowUps(actionContext(t.deps))).toBeGreaterThan(0)
      await page.reload()
      await page.getByRole('link', { name: /填写回访/ }).click()
      await page.locator('h1', { hasText: '对接会回访' }).waitFor()
      await page.getByLabel('是').first().check()
      await page.selectOption('#usefulness', '5')
      await page.locator('input[name=intention][value=yes]').check()
      await page.fill('#nextStep', '下月到企业现场调研')
      await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')])
      expect(await page.locator('body').innerText()).toContain('已收到')
      await page.goto(`${base}/schedule`)
      await expect.poll(() => page.locator('main').innerText()).toContain('修改回访')
      await expectFits(page, shot('schedule-after'))
      await closeAll(context, errors)

      // The society's secretary keeps the diary of its experts.
      const other = await open(viewport)
      await signInOnPage(other.page, secretary.email)
      await other.page.goto(`${base}/schedule?scope=organization`)
      await expect.poll(() => other.page.locator('main').innerText()).toContain(`金桥行动汶上行${viewport.width}`)
      expect(await other.page.locator('main').innerText()).toContain('王教授')
      await closeAll(other.context, other.errors)
    } finally {
      t.clock.now = saved
    }
  })
})

describe('signing in, safely', () => {
  test('English beside Chinese: the switch changes every word and is remembered for the person; signing out from the account menu', async () => {
    const enterprise = await buildEnterprise(t.api)
    const person = await buildPerson(t.api, enterprise.id, { name: 'Li Ming' })
    await signIn(t.api, person)
    const { context, page, errors } = await open(VIEWPORTS[1])
    await signInOnPage(page, person.email)
    await page.getByRole('button', { name: 'EN' }).click()
    await page.getByRole('heading', { name: 'Home' }).waitFor()
    expect(await page.getByRole('navigation').innerText()).toContain('My needs')
    await expect.poll(async () => (await t.api.get(`/api/v1/people/${person.id}`)).body.language).toBe('en')
    await expectAccessible(page, 'dashboard in English')
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/web-dashboard-en-1366.png` })
    // Signing out from the account menu ends the session: the pages lead back to sign in.
    await page.getByRole('button', { name: /Account: Li Ming/ }).click()
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.waitForURL(/\/sign-in/)
    expect((await page.request.get(`${base}/api/v1/me`)).status()).toBe(401)
    await closeAll(context, errors)
  })

  test('a write from another site is refused, even with the session cookie', async () => {
    const enterprise = await buildEnterprise(t.api)
    const person = await buildPerson(t.api, enterprise.id)
    await signIn(t.api, person)
    const { context, page, errors } = await open(VIEWPORTS[0])
    await signInOnPage(page, person.email)
    const before = (await t.api.get(`/api/v1/needs?organizationId=${enterprise.id}`)).body.items.length
    const need = { title: '跨站写入', description: 'x', county: '汶上县', industryChain: '纺织服装' }
    // The browser's own request context carries the cookie; the Origin says another site.
    const forged = await page.request.post(`${base}/api/v1/needs`, { data: need, headers: { origin: 'https://evil.example.com', 'sec-fetch-site': 'cross-site' } })
    expect(forged.status()).toBe(403)
    expect(forged.headers()['content-type']).toContain('application/problem+json')
    // A page on another origin cannot even get the cookie sent.
    await page.goto(`http://127.0.0.1:${new URL(base).port}/docs`)
    const status = await page.evaluate(async (url) => (await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"title":"x"}' }).catch(() => null))?.status ?? 0, `${base}/api/v1/needs`)
    expect([0, 401, 403]).toContain(status)
    expect((await t.api.get(`/api/v1/needs?organizationId=${enterprise.id}`)).body.items.length).toBe(before)
    await closeAll(context, errors)
  })

  test('guessing a password is throttled with a clear Chinese message', async () => {
    const enterprise = await buildEnterprise(t.api)
    const person = await buildPerson(t.api, enterprise.id)
    await signIn(t.api, person)
    const { context, page, errors } = await open(VIEWPORTS[0])
    await page.goto(`${base}/sign-in`)
    await page.getByLabel('邮箱', { exact: true }).fill(person.email)
    const alert = page.getByRole('alert')
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('密码', { exact: true }).fill(`wrong password ${i}`)
      await page.getByRole('button', { name: '登录', exact: true }).click()
      await expect.poll(() => alert.innerText()).toContain('邮箱或密码不正确')
    }
    await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await expect.poll(() => alert.innerText()).toContain('失败次数过多')
    await expectFits(page, 'web-sign-in-throttled-390')
    await closeAll(context, errors)
  })
})

describe('「我能解决」', () => {
  test('a society secretary offers a capability for a need; the enterprise accepts it on the need’s page', async () => {
    const enterprise = await buildEnterprise(t.api, { name: '汶上县如意织造有限公司' })
    const engineer = await buildPerson(t.api, enterprise.id, { name: '钱工' })
    await signIn(t.api, engineer)
    const need = await buildNeed(t.api, enterprise.id, { title: '经纱断头自动检测', contactPersonId: engineer.id })
    const provider = await buildProvider(t.api, { name: '山东纺织工程学会', providerType: 'provincial_society' })
    const secretary = await buildPerson(t.api, provider.id, { name: '孔秘书' })
    await signIn(t.api, secretary)
    await buildCapability(t.api, provider.id, { title: '织机断经在线监测' })

    const offering = await open(VIEWPORTS[1])
    await signInOnPage(offering.page, secretary.email)
    await offering.page.goto(`${base}/needs/${need.id}`)
    await offering.page.getByRole('button', { name: /我能解决/ }).click()
    await choose(offering.page, '以哪项服务能力', '织机断经在线监测')
    await offering.page.getByLabel('给需求方的话').fill('我们给五家织厂装过断经监测。')
    await expectAccessible(offering.page, 'offer dialog')
    await offering.page.getByRole('button', { name: '发送' }).click()
    await expect.poll(() => offering.page.locator('main').innerText()).toContain('织机断经在线监测：待答复')
    await closeAll(offering.context, offering.errors)

    const answering = await open(VIEWPORTS[1])
    await signInOnPage(answering.page, engineer.email)
    await answering.page.goto(`${base}/needs/${need.id}`)
    const offers = answering.page.locator('.ant-card').filter({ has: answering.page.locator('.ant-card-head-title', { hasText: '服务方揭榜（' }) })
    await expect.poll(() => offers.innerText()).toContain('我们给五家织厂装过断经监测。')
    await expectFits(answering.page, 'web-offer-received-1366')
    await offers.getByRole('button', { name: '接受' }).click()
    await expect.poll(() => offers.innerText()).toContain('已接受')
    expect((await t.api.get(`/api/v1/matches?needId=${need.id}`)).body.items[0].status).toBe('shortlisted')
    await closeAll(answering.context, answering.errors)
  })
})

describe('meeting requests at an event', () => {
  test.each(VIEWPORTS)('on a $name: an enterprise asks a provider to meet from the event’s page; the provider accepts it from its to-do list', async (viewport) => {
    const enterprise = await buildEnterprise(t.api, { name: `嘉祥县永兴纺织厂${viewport.width}` })
    const engineer = await buildPerson(t.api, enterprise.id, { name: '孙工' })
    await signIn(t.api, engineer)
    await buildNeed(t.api, enterprise.id, { title: `经编机断纱检测${viewport.width}`, contactPersonId: engineer.id })
    const provider = await buildProvider(t.api, { name: `济宁学院纺织实验室${viewport.width}` })
    const professor = await buildPerson(t.api, provider.id, { name: '周教授' })
    await signIn(t.api, professor)
    await buildCapability(t.api, provider.id, { title: `纱线张力在线监测${viewport.width}`, expertIds: [professor.id] })
    const other = await buildProvider(t.api, { name: `曲阜师范大学${viewport.width}` })
    const event = (await t.api.post('/api/v1/events', {
      title: `金桥行动嘉祥行${viewport.width}`, kind: 'on_site', venue: '嘉祥县会展中心', county: '嘉祥县',
      days: [{ date: '2026-12-20', opens: '09:00', closes: '11:00' }], tables: [{ name: 'B1' }], invitedOrganizationIds: [enterprise.id, provider.id, other.id],
    })).body

    const asking = await open(viewport)
    await signInOnPage(asking.page, engineer.email)
    await nav(asking.page, '我的日程')
    await asking.page.getByRole('link', { name: `金桥行动嘉祥行${viewport.width}` }).click()
    await asking.page.getByRole('heading', { name: `金桥行动嘉祥行${viewport.width}` }).waitFor()
    const providers = asking.page.locator('.ant-card').filter({ has: asking.page.locator('.ant-card-head-title', { hasText: '参会的服务方' }) })
    await expect.poll(() => providers.innerText()).toContain(`纱线张力在线监测${viewport.width}`)
    // Would rather not meet the other provider: the scheduler will not pair them.
    await choose(asking.page, `对 曲阜师范大学${viewport.width} 的意愿`, '不必安排')
    await expect.poll(async () => (await t.api.get(`/api/v1/events/${event.id}/preferences`)).body.items).toEqual([{ organizationId: enterprise.id, counterpartId: other.id, preference: 'no_thanks' }])
    await providers.locator('.ant-list-item', { hasText: `济宁学院纺织实验室${viewport.width}` }).getByRole('button', { name: /约见/ }).click()
    await asking.page.getByLabel('留言').fill('想请周教授看看我们经编机的断纱问题。')
    await expectAccessible(asking.page, 'meeting request dialog')
    await asking.page.getByRole('button', { name: '发送' }).click()
    const sent = asking.page.locator('.ant-card').filter({ has: asking.page.locator('.ant-card-head-title', { hasText: '发出的约见' }) })
    await expect.poll(() => sent.innerText()).toContain('待答复')
    expect(await sent.innerText()).toContain(`发给 济宁学院纺织实验室${viewport.width}`)
    await expectAccessible(asking.page, 'participant event page')
    await expectFits(asking.page, `web-event-requests-${viewport.width}`)
    await closeAll(asking.context, asking.errors)

    const answering = await open(viewport)
    await signInOnPage(answering.page, professor.email)
    await answering.page.getByRole('link', { name: `答复约见：嘉祥县永兴纺织厂${viewport.width}（金桥行动嘉祥行${viewport.width}）` }).click()
    const received = answering.page.locator('.ant-card').filter({ has: answering.page.locator('.ant-card-head-title', { hasText: '收到的约见' }) })
    await expect.poll(() => received.innerText()).toContain('想请周教授看看我们经编机的断纱问题。')
    await received.getByRole('button', { name: '接受' }).click()
    // Its only published capability is chosen already.
    await answering.page.getByRole('dialog').getByRole('button', { name: '接受' }).click()
    await expect.poll(() => received.innerText()).toContain('双方已同意，等待科协排入日程')
    await expectFits(answering.page, `web-event-request-accepted-${viewport.width}`)
    await closeAll(answering.context, answering.errors)
    const planning = (await t.api.get(`/api/v1/events/${event.id}/planning`)).body.unplaced
    expect(planning).toEqual([expect.objectContaining({ priority: 'request', needTitle: `经编机断纱检测${viewport.width}` })])
  })
})
