import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'

// Debian's Chromium, driven by playwright-core, and what every page must pass: no sideways
// scrolling, and no critical axe-core finding.

export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? '/tmp'

export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core on the page as it stands; critical findings fail, serious ones are printed. */
export async function expectAccessible(page: Page, what: string) {
  // Evaluated through the debugging protocol, which the page's CSP (script-src 'self') does not govern.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }))
  })
  const serious = violations.filter((v) => v.impact === 'serious')
  if (serious.length) console.log(`axe (serious) on ${what}:`, JSON.stringify(serious))
  expect(violations.filter((v) => v.impact === 'critical'), what).toEqual([])
}

/** Nothing scrolls sideways, and the page is saved for a person to look at. */
export async function expectFits(page: Page, name: string) {
  const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
  expect(scroll.page, `${name} scrolls sideways`).toBeLessThanOrEqual(scroll.view)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Picks an option of an Ant Design select, found by its label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click()
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click()
  await page.keyboard.press('Escape')
}

/** Types words into a tags field, one per Enter. */
export async function typeTags(page: Page, label: string, words: string[]) {
  const input = page.getByLabel(label, { exact: true })
  for (const w of words) { await input.fill(w); await input.press('Enter') }
}

/**
 * Presses a button and waits until `outcome` is in `state` (what pressing brings about). On a loaded
 * machine a click can be lost — nothing happens and the button is not busy — and a user would press
 * again; so does this, twice at most, never while the button shows it is working. If the outcome
 * never comes, the error says what the page shows in its alerts and messages.
 */
export async function pressUntil(page: Page, button: Locator, outcome: Locator, state: 'visible' | 'hidden') {
  await button.click()
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await outcome.waitFor({ state, timeout: 5_000 })
      return
    } catch {
      const busy = (await button.getAttribute('class', { timeout: 1_000 }).catch(() => null))?.includes('ant-btn-loading') ?? true
      if (!busy) await button.click({ timeout: 5_000 }).catch(() => undefined)
    }
  }
  try {
    await outcome.waitFor({ state, timeout: 15_000 })
  } catch (error) {
    const shown = await page.locator('[role=alert], .ant-message, .ant-form-item-explain-error').allInnerTexts()
    throw new Error(`${(error as Error).message}\nthe page shows: ${JSON.stringify(shown)}`)
  }
}
