import { createRouter } from '../http/router.ts'
import { problem } from '../http/problem.ts'
import { compendiumHtml, compendiumXlsx } from './export-compendium.ts'
import { capabilitiesImport, organizationsImport } from './import-catalogue.ts'
import { needsImport } from './import-needs.ts'
import { runImport } from './import-runner.ts'
import { TEMPLATES, templateWorkbook } from './templates.ts'
import * as routes from './spreadsheets.routes.ts'

export const spreadsheetsRouter = createRouter()
  .openapi(routes.importNeedsRoute, async (c) => {
    const type = c.req.header('content-type') ?? ''
    const kind: 'csv' | 'xlsx' | undefined = type.startsWith('text/csv') ? 'csv' : type.startsWith(routes.XLSX) ? 'xlsx' : undefined
    if (!kind) return problem(c, 'unsupported-media-type', `请上传 .csv（text/csv）或 .xlsx（${routes.XLSX}）(upload a .csv or .xlsx)`) as never
    const { dryRun, skipBadRows } = c.req.valid('query')
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const input = { ctx: c.get('ctx'), actor: c.get('actor'), bytes, kind, dryRun, skipBadRows }
    const what = c.req.valid('param').kind
    const result = what === 'needs' ? await runImport(needsImport, input) : what === 'organizations' ? await runImport(organizationsImport, input) : await runImport(capabilitiesImport, input)
    return c.json(result, 200)
  })
  .openapi(routes.importTemplateRoute, async (c) => {
    const kind = c.req.valid('param').kind
    const file = await templateWorkbook(kind)
    c.header('content-type', routes.XLSX)
    c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATES[kind].title)}.xlsx`)
    return c.body(file as never, 200) as never
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
