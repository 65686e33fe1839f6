import { serve, type ServerType } from '@hono/node-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createApp } from '../../src/app.ts'
import { actionContext } from '../../src/deps.ts'
import { mailLinkFinisher } from '../../src/jobs/mail-links.ts'
import { queueFollowUps } from '../../src/events/session-mail-jobs.ts'
import { buildCapability, buildEnterprise, buildNeed, buildPerson, buildProvider } from '../support/builders.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { launchChromium } from './browser.ts'

// The pages, as a person sees them: Debian's Chromium, driven by playwright-core, against the
// real server on a local port.

let t: TestApp
let server: ServerType
let base: string
let browser: Browser
beforeAll(async () => {
  t = await createTestApp()
  server = serve({ fetch: createApp(t.deps).fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
  await t?.close()
})

test('the API reference reads as a page: sections, operations, and a link to the OpenAPI document', async () => {
  const page = await browser.newPage()
  await page.goto(`${base}/docs`)
  expect(await page.title()).toContain('金桥 Jinqiao API')
  await page.getByRole('link', { name: '对接活动 Events' }).click()
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('Events')
  const operations = await page.locator('section.op').count()
  expect(operations).toBeGreaterThan(30)
  expect(await page.locator('section.op', { hasText: /\/api\/v1\/needs\/\{id\}\/matches(?!\/)/ }).count()).toBe(1)
  const openapi = await page.request.get(`${base}/openapi.json`)
  expect((await openapi.json()).openapi).toBe('3.1.0')
  await page.close()
})

test('the API reference shows each real path once and fits a phone and a laptop, loading nothing from elsewhere', async () => {
  for (const width of [390, 1366]) {
    const page = await browser.newPage({ viewport: { width, height: 844 } })
    const elsewhere: string[] = []
    page.on('request', (r) => { if (!r.url().startsWith(base)) elsewhere.push(r.url()) })
    await page.goto(`${base}/docs`)
    const text = await page.locator('main').innerText()
    expect(text).toContain('/api/v1/needs/{id}/matches')
    expect(text).not.toContain('/api/v1/api/v1')
    const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
    expect(scroll.page, `at ${width}px`).toBeLessThanOrEqual(scroll.view)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/docs-${width}.png` })
    expect(elsewhere).toEqual([])
    await page.close()
  }
})

test('an attendee answers the follow-up with no login, and can correct the answer', async () => {
  const enterprise = await buildEnterprise(t.api)
  const provider = await buildProvider(t.api)
  const contact = await buildPerson(t.api, enterprise.id, { name: '张经理' })
  const need = await buildNeed(t.api, enterprise.id, { contactPersonId: contact.id })
  const capability = await buildCapability(t.api, provider.id)
  const event = (await t.api.post('/api/v1/events', { title: '金桥行动邹城行', kind: 'online', county: '邹城市', days: [{ date: '2026-11-23', opens: '08:00', closes: '09:00' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
  const session = (await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id], startsAt: '2026-11-23T08:00:00+08:00', endsAt: '2026-11-23T08:30:00+08:00' })).body
  await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
  expect(await queueFollowUps(actionContext(t.deps))).toBe(1)
  const stored = await t.db.selectFrom('outbox').selectAll().where('kind', '=', 'follow_up').executeTakeFirstOrThrow()
  const mail = await mailLinkFinisher(actionContext(t.deps))(stored) // the link as it is made when the mail goes out
  const path = /\/follow-up\/[\w.-]+/.exec(mail.text)![0]

  const page = await browser.newPage()
  await page.goto(base + path)
  await expect.poll(() => page.locator('h1').textContent()).toBe('对接会回访')
  expect(await page.locator('body').textContent()).toContain('张经理')
  await page.getByLabel('是').first().check()
  await page.selectOption('#usefulness', '4')
  await page.locator('input[name=intention][value=no]').check()
  await page.fill('#nextStep', '请专家寄送检测方案')
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')])
  expect(await page.locator('body').textContent()).toContain('已收到，谢谢')
  // The saved answers come back filled in, ready to correct.
  expect(await page.locator('#usefulness').inputValue()).toBe('4')
  expect(await page.locator('#nextStep').inputValue()).toBe('请专家寄送检测方案')
  const row = await t.db.selectFrom('followUps').selectAll().executeTakeFirstOrThrow()
  expect(row).toMatchObject({ held: true, usefulness: 4, intention: false, nextStep: '请专家寄送检测方案' })
  await page.screenshot({ path: `${process.env.PAGES_SCREENSHOTS ?? '/tmp'}/jinqiao-follow-up.png`, fullPage: true })
  await page.close()
})

test('a one-click answer on a phone: the page shows the session, the button answers', async () => {
  const enterprise = await buildEnterprise(t.api)
  const provider = await buildProvider(t.api)
  const contact = await buildPerson(t.api, enterprise.id, { name: '李建国' })
  const need = await buildNeed(t.api, enterprise.id, { contactPersonId: contact.id })
  const capability = await buildCapability(t.api, provider.id)
  const event = (await t.api.post('/api/v1/events', { title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', days: [{ date: '2026-12-05', opens: '08:30', closes: '12:00' }], tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id] })).body
  const session = (await t.api.post(`/api/v1/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [contact.id], startsAt: '2026-12-05T09:00:00+08:00', endsAt: '2026-12-05T09:30:00+08:00', tableId: event.tables[0].id })).body
  await t.api.patch(`/api/v1/sessions/${session.id}`, { status: 'confirmed' })
  const stored = await t.db.selectFrom('outbox').selectAll().where('kind', '=', 'invite').where('toEmail', '=', contact.email).executeTakeFirstOrThrow()
  const finished = await mailLinkFinisher(actionContext(t.deps))(stored)
  const link = /接受：(\S+)/.exec(finished.text)![1]!

  // The WeChat in-app browser on an iPhone: a narrow screen and its own user agent.
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI Language/zh_CN' })
  await page.goto(base + new URL(link).pathname)
  expect(await page.locator('h1').textContent()).toBe('李建国，请确认')
  expect(await page.locator('body').textContent()).toContain('汶上县科技馆 A1 桌')
  const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
  expect(scroll.page).toBeLessThanOrEqual(scroll.view)
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/answer-390.png`, fullPage: true })
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')])
  expect(await page.locator('h1').textContent()).toBe('已确认参加，谢谢！')
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/answer-done-390.png`, fullPage: true })
  const attendee = (await t.api.get(`/api/v1/events/${event.id}/sessions`)).body.items[0].attendees.find((a: any) => a.personId === contact.id)
  expect(attendee.response).toBe('accepted')
  await page.close()
})
