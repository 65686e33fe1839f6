import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './app-env.ts'
import type { WebPages } from './pages.types.ts'


/** Paths the pages never own: the API, its document, and the server-rendered link pages. */
const SERVER_PATHS = /^\/(api|openapi\.json|docs|problems|healthz|readyz|calendar|answer|follow-up|invite|reset-password)(\/|$)/

export const isPagePath = (path: string) => !SERVER_PATHS.test(path) && !/\.[a-z0-9]+$/i.test(path)

export function mountPages(app: OpenAPIHono<AppEnv>, pages: WebPages | undefined) {
  // Without built pages the root sends people to the API reference.
  if (!pages) {
    app.get('/', (c) => c.redirect('/docs', 302))
    return
  }
  // Asset names carry their content's hash: a browser may keep them for good.
  app.use('/assets/*', async (c, next) => {
    const res = await pages.files(c, next)
    if (res instanceof Response && res.ok) res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
    return res
  })
  app.get('/favicon.svg', pages.files)
  // Every page path is the app's one page; the router in the browser takes it from there.
  app.get('*', async (c, next) => {
    if (!isPagePath(c.req.path)) return next()
    const html = await pages.indexHtml()
    if (html === null) return c.req.path === '/' ? c.redirect('/docs', 302) : next()
    c.header('Cache-Control', 'no-cache')
    return c.html(html)
  })
}
