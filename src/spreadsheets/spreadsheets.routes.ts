import { createRoute, z } from '@hono/zod-openapi'
import { bearer, jsonResponse, problemResponses } from '../http/common.schemas.ts'

const tags = ['导入导出 Excel in and out']
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const importNeedsRoute = createRoute({
  method: 'post', path: '/imports/{kind}', tags, security: bearer,
  summary: '从 Excel/CSV 导入机构、技术需求或服务能力 Import organizations, needs or capabilities from .xlsx or .csv (UTF-8 or GBK) — coordinators',
  request: {
    params: z.object({ kind: z.enum(['organizations', 'needs', 'capabilities']).openapi({ param: { name: 'kind', in: 'path' } }) }),
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true').openapi({ description: '试运行：只报告，不写入 (report only; the default)' }),
      skipBadRows: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').openapi({ description: '跳过有误的行 (import the good rows anyway)' }),
    }),
    body: { required: true, content: { 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
  },
  responses: {
    200: jsonResponse(
      z.object({
        dryRun: z.boolean(), created: z.number().int(), updated: z.number().int(), rejected: z.number().int(),
        rows: z.array(z.object({ row: z.number().int(), title: z.string(), action: z.enum(['create', 'update', 'reject']), id: z.string().optional(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() })),
      }),
      '逐行结果 (row by row)',
    ),
    ...problemResponses,
  },
})

export const importTemplateRoute = createRoute({
  method: 'get', path: '/imports/{kind}/template.xlsx', tags, security: bearer,
  summary: '导入模板：表头、示例行与填写说明 The import template: headers, an example row and a sheet explaining each column',
  request: { params: z.object({ kind: z.enum(['organizations', 'needs', 'capabilities']).openapi({ param: { name: 'kind', in: 'path' } }) }) },
  responses: { 200: { description: '.xlsx', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses },
})

const CompendiumQuery = z.object({ county: z.string().min(1).max(40).optional(), industryChain: z.string().min(1).max(40).optional(), title: z.string().min(1).max(100).default('技术需求汇编') })

export const compendiumXlsxRoute = createRoute({
  method: 'get', path: '/exports/needs-compendium.xlsx', tags, security: bearer,
  summary: '技术需求汇编（Excel）The needs compendium as .xlsx, grouped by industry chain and numbered — coordinators',
  request: { query: CompendiumQuery },
  responses: { 200: { description: '.xlsx', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses },
})

export const compendiumHtmlRoute = createRoute({
  method: 'get', path: '/exports/needs-compendium.html', tags, security: bearer,
  summary: '技术需求汇编（打印版）The needs compendium as a printable page — coordinators',
  request: { query: CompendiumQuery },
  responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses },
})
