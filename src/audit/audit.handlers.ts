import { ForbiddenError } from '../errors.ts'
import { createRouter } from '../http/router.ts'
import { listAuditEntries } from './audit.repository.ts'
import { listAuditRoute } from './audit.routes.ts'

export const auditRouter = createRouter().openapi(listAuditRoute, async (c) => {
  if (c.get('actor').role !== 'coordinator') throw new ForbiddenError('审计记录仅供科协工作人员查看 (the audit log is for coordinators)')
  const { limit, before, ...filter } = c.req.valid('query')
  const rows = await listAuditEntries(c.get('ctx').db, { ...filter, before: before ? new Date(before) : undefined }, limit)
  return c.json({ items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) }, 200)
})
