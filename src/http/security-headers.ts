import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'

// Every response gets Hono's secure headers: no framing (frame-ancestors and X-Frame-Options), no
// MIME sniffing, no referrer leaving the site, and a Content-Security-Policy that lets a page load
// only what this server serves. Inline styles are allowed (the small pages carry their own, and
// Ant Design writes its styles at run time); scripts only from here.
export const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  crossOriginResourcePolicy: 'same-origin',
  strictTransportSecurity: false, // set by whoever terminates TLS, who knows whether it is there
})

/** API answers carry people's names and contacts: no cache keeps them. */
export const noStore = createMiddleware(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
})

/** A page whose URL is the credential (an answer, follow-up or invitation link): never cached, never sent on as a referrer. */
export const credentialPage = createMiddleware(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
})
