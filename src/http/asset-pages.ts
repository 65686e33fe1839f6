import type { WebPages } from './pages.types.ts'

/** What Workers give a Worker for its static assets (wrangler.toml's [assets] binding). */
export interface AssetsBinding {
  fetch(request: Request | string): Promise<Response>
}

/** The built pages from Workers static assets: the same files Node serves from web/dist. */
export function assetPages(assets: AssetsBinding): WebPages {
  let html: Promise<string | null> | undefined
  return {
    files: async (c, next) => {
      const found = await assets.fetch(c.req.raw)
      if (found.status === 404) return next()
      // A fetched response's headers are read-only; the app sets its own caching on them.
      return new Response(found.body, found)
    },
    // The one page, read once per isolate (a deployment brings a new isolate with its new assets).
    indexHtml: () => (html ??= assets.fetch('https://assets.local/index.html').then((r) => (r.ok ? r.text() : null))),
  }
}
