import { serveStatic } from '@hono/node-server/serve-static'
import { readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { WebPages } from './pages.types.ts'

/** The built pages from a directory (web/dist), for the Node server and the tests. */
export function nodePages(dir: string): WebPages {
  let cached: { mtimeMs: number; html: string } | undefined
  return {
    files: serveStatic({ root: relative(process.cwd(), dir) || '.' }),
    indexHtml: async () => {
      const file = join(dir, 'index.html')
      const info = await stat(file).catch(() => null)
      if (!info) return null
      if (cached?.mtimeMs !== info.mtimeMs) cached = { mtimeMs: info.mtimeMs, html: await readFile(file, 'utf8') }
      return cached.html
    },
  }
}
