import { serve } from '@hono/node-server'
import { createApp } from '../../src/app.ts'
import { PAGES_DIR } from '../../src/http/build-pages.ts'
import { nodePages } from '../../src/http/node-pages.ts'
import { createTestApp } from '../support/test-app.ts'
import { launchChromium } from './browser.ts'

/**
 * The real server with the built pages on a fresh database, and Debian's Chromium. The address is
 * localhost, not 127.0.0.1: the browser counts it a secure context, so the __Host- cookie is kept over plain http.
 */
export async function startPagesServer() {
  let app: ReturnType<typeof createApp> | undefined
  const server = serve({ fetch: (req) => app!.fetch(req), port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  const base = `http://localhost:${(server.address() as { port: number }).port}`
  const t = await createTestApp({ publicUrl: base })
  app = createApp({ ...t.deps, pages: nodePages(PAGES_DIR) })
  const browser = await launchChromium()
  const close = async () => {
    await browser.close()
    server.close()
    await t.close()
  }
  return { t, base, browser, close }
}
