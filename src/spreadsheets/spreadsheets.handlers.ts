import { createRouter } from '../http/router.ts'
import { problem } from '../http/problem.ts'
import { compendiumHtml, compendiumXlsx } from './export-compendium.ts'
import { importNeeds } from './import-needs.ts'
import * as routes from './spreadsheets.routes.ts'

export const spreadsheetsRouter = createRouter()
  .openapi(routes.importNeedsRoute, async (c) => {
    const type = c.req.header('content-type') ?? ''
    const kind = type.startsWith('text/csv') ? 'csv' : type.startsWith(routes.XLSX) ? 'xlsx' : undefined
    if (!kind) return problem(c, 'unsupported-media-type', `请上传 .csv（text/csv）或 .xlsx（${routes.XLSX}）(upload a .csv or .xlsx)`) as never
    const { dryRun, skipBadRows } = c.req.valid('query')
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    return c.json(await importNeeds({ ctx: c.get('ctx'), actor: c.get('actor'), bytes, kind, dryRun, skipBadRows }), 200)
  })
  .openapi(routes.compendiumXlsxRoute, async (c) => {
    const { title, ...filter } = c.req.valid('query')
    const file = await compendiumXlsx({ ctx: c.get('ctx'), actor: c.get('actor'), filter, title })
    c.header('content-type', routes.XLSX)
    c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(title)}.xlsx`)
    return c.body(file as never, 200) as never
  })
  .openapi(routes.compendiumHtmlRoute, async (c) => {
    const { title, ...filter } = c.req.valid('query')
    return c.html(await compendiumHtml({ ctx: c.get('ctx'), actor: c.get('actor'), filter, title })) as never
  })
