import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../src/app.ts'
import { nodePages } from '../src/http/node-pages.ts'
import { apiTypes, SCHEMA_FILE } from '../web/scripts/api-types.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// The web app and the API share one origin: page paths answer with the app's one page, and
// everything of the API keeps its own answers.

test('the committed API types are the ones the API generates (run `npm run gen:api` after changing a route or schema)', async () => {
  expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await apiTypes())
})

describe('serving the pages', () => {
  let t: TestApp
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    t = await createTestApp()
    const dir = await mkdtemp(join(tmpdir(), 'jinqiao-pages-'))
    await mkdir(join(dir, 'assets'))
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/main-abc123.js"></script>')
    await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)')
    await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    await writeFile(join(dir, '.sources'), 'secret-ish')
    app = createApp({ ...t.deps, pages: nodePages(dir) })
  })
  afterAll(() => t.close())

  test('every page path, deep or not, is the app’s page, never cached stale', async () => {
    for (const path of ['/', '/needs', '/needs/0193a2b4-0000-7000-8000-000000000000/edit', '/hall?view=ranked', '/sign-in?next=%2Fschedule']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/html')
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await res.text()).toContain('<div id="root">')
    }
  })

  test('assets are kept for good; a missing one, the API and the link pages keep their own answers', async () => {
    const asset = await app.request('/assets/main-abc123.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('content-type')).toContain('javascript')
    expect((await app.request('/favicon.svg')).status).toBe(200)
    for (const path of ['/assets/gone-000.js', '/api/v1/nothing', '/api/v1/needs/not-a-uuid', '/.sources', '/follow-up/jq_unknown-token-000000']) {
      const res = await app.request(path)
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(await res.text(), path).not.toContain('<div id="root">')
    }
    expect((await app.request('/api/v1/nothing')).headers.get('content-type')).toContain('application/problem+json')
    expect((await app.request('/openapi.json')).headers.get('content-type')).toContain('json')
    expect((await app.request('/docs')).status).toBe(200)
  })

  test('without pages built, the root leads to the API reference', async () => {
    expect((await t.api.app.request('/')).headers.get('location')).toBe('/docs')
    const empty = createApp({ ...t.deps, pages: nodePages(await mkdtemp(join(tmpdir(), 'jinqiao-none-'))) })
    expect((await empty.request('/')).headers.get('location')).toBe('/docs')
    expect((await empty.request('/needs')).status).toBe(404)
  })
})
