import type { MiddlewareHandler } from 'hono'

/**
 * The built web app, however the platform keeps files: Node reads web/dist, Workers their static
 * assets. The app serves both from the API's origin, so cookies and CSRF checks need no CORS.
 */
export interface WebPages {
  /** Serves /assets/* (content-hashed file names) and the few files at the root (icon, robots). */
  files: MiddlewareHandler
  /** The one HTML page every page path answers with; null when the pages are not built. */
  indexHtml: () => Promise<string | null>
}
