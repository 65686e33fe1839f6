import type { OpenAPIHono } from '@hono/zod-openapi'
import { html, raw } from 'hono/html'
import type { AppEnv } from './app-env.ts'
import { PROBLEMS, type ProblemType } from './problem.ts'

const INFO = {
  openapi: '3.1.0',
  info: {
    title: '金桥 Jinqiao API',
    version: '1',
    description: '科协“金桥行动”企业技术需求与服务方能力对接平台 (technology matchmaking for the Golden Bridge Action). /api/v1 请求须携带 `Authorization: Bearer <token>`（自动化），或登录后的会话 Cookie（网页）；邀请链接的两个接口无需登录。错误以 RFC 9457 problem+json 返回。 (Send a bearer token, or sign in for a session cookie; the two invitation-link endpoints need neither.)',
  },
}

type Json = Record<string, any>

/** /openapi.json from the route definitions, and /docs: a reference page that needs no CDN. */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' })
  // Made once per app (each costs ~14 ms of CPU): the routes do not change after start.
  let document: Json | undefined
  let reference: ReturnType<typeof renderReference> | undefined
  const openapi = () => (document ??= app.getOpenAPI31Document(INFO) as Json)
  app.get('/openapi.json', (c) => c.json(openapi()))
  app.get('/docs', (c) => c.html((reference ??= renderReference(openapi()))))
  app.get('/problems/:type', (c) => {
    const type = c.req.param('type') as ProblemType
    const known = PROBLEMS[type]
    if (!known) return c.notFound()
    return c.html(html`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${known.title}</title>
      <body style="font-family:sans-serif;max-width:40rem;margin:2rem auto"><h1>${known.title}</h1>
      <p>HTTP ${known.status}. 问题类型 <code>/problems/${type}</code>：详情见响应的 <code>detail</code> 与 <code>errors</code> 字段。</p>
      <p><a href="/docs">API 文档 (API reference)</a></p></body></html>`)
  })
}

function renderReference(doc: Json) {
  const operations: { tag: string; method: string; path: string; op: Json }[] = []
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) operations.push({ tag: op.tags?.[0] ?? 'Other', method, path, op })
  }
  const tags = [...new Set(operations.map((o) => o.tag))]
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} · 接口文档</title>
<style>
*{box-sizing:border-box}
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;line-height:1.5;overflow-wrap:anywhere}
header{background:#8c1d18;color:#fff;padding:1rem 2rem}header a{color:#ffd7a8}
main{display:grid;grid-template-columns:14rem minmax(0,1fr);gap:2rem;padding:1rem 2rem;max-width:80rem}
main>div{min-width:0}
@media (max-width:48rem){main{grid-template-columns:minmax(0,1fr);padding:1rem}header{padding:1rem}nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}}
nav a{display:block;color:#8c1d18;text-decoration:none;padding:.15rem 0}
section.op{border:1px solid #d0d7de;border-radius:6px;margin:0 0 1rem;padding:.5rem 1rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}.get{color:#1a7f37}.post{color:#0969da}.patch{color:#9a6700}.delete{color:#cf222e}
code,pre{font-family:ui-monospace,Menlo,monospace;font-size:.85rem}pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:24rem;max-width:100%;white-space:pre-wrap}
table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left;vertical-align:top}
</style></head><body>
<header><h1>${doc.info.title}</h1><p>${doc.info.description}</p><p><a href="/openapi.json">openapi.json</a> (OpenAPI ${doc.openapi})</p></header>
<main><nav>${tags.map((t) => html`<a href="#${anchor(t)}">${t}</a>`)}</nav><div>
${tags.map((tag) => html`<h2 id="${anchor(tag)}">${tag}</h2>
${operations.filter((o) => o.tag === tag).map((o) => renderOperation(doc, o.method, o.path, o.op))}`)}
</div></main></body></html>`
}

function renderOperation(doc: Json, method: string, path: string, op: Json) {
  const params: Json[] = op.parameters ?? []
  const body = op.requestBody?.content?.['application/json']?.schema
  return html`<section class="op"><h3><span class="m ${method}">${method}</span> <code>${path}</code></h3>
<p>${op.summary ?? ''}</p>
${params.length ? html`<table><tr><th>参数 parameter</th><th>位置 in</th><th>必填 required</th><th>说明 description</th></tr>
${params.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? '是' : '否'}</td><td>${p.description ?? p.schema?.description ?? typeOf(doc, p.schema)}</td></tr>`)}</table>` : ''}
${body ? html`<h4>请求体 request body</h4><pre>${raw(escape(JSON.stringify(resolve(doc, body), null, 2)))}</pre>` : ''}
<h4>响应 responses</h4><ul>${Object.entries<Json>(op.responses ?? {}).map(([code, r]) => html`<li><b>${code}</b> ${r.description}</li>`)}</ul>
</section>`
}

function resolve(doc: Json, schema: Json, depth = 0): Json {
  if (depth > 6 || !schema || typeof schema !== 'object') return schema
  if (typeof schema.$ref === 'string') return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!] ?? {}, depth + 1)
  if (Array.isArray(schema)) return schema.map((s) => resolve(doc, s, depth + 1))
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, typeof v === 'object' ? resolve(doc, v as Json, depth + 1) : v]))
}

const typeOf = (doc: Json, schema: Json | undefined) => (schema ? String(resolve(doc, schema).type ?? '') : '')
const anchor = (tag: string) => encodeURIComponent(tag.replace(/\s+/g, '-'))
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
