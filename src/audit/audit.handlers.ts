import { createRouter } from '../http/router.ts'
import { listAuditRoute } from './audit.routes.ts'
import { readAuditLog } from './read-audit.ts'

export const auditRouter = createRouter().openapi(listAuditRoute, async (c) => {
  const rows = await readAuditLog({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') })
  return c.json({ items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) }, 200)
})
