import { chineseNumeral } from './chinese-numerals.ts'
import ExcelJS from 'exceljs'
import { html, raw } from 'hono/html'
import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError } from '../errors.ts'
import { COMPENDIUM_COLUMNS, compendiumSections } from './compendium.ts'
import { compendiumNeeds } from './spreadsheets.repository.ts'

const sectionNumber = (i: number) => chineseNumeral(i + 1)

async function sections(ctx: ActionContext, actor: Actor, filter: { county?: string | undefined; industryChain?: string | undefined }) {
  if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以导出汇编 (only coordinators export the compendium)')
  return compendiumSections(await compendiumNeeds(ctx.db, filter))
}

export async function compendiumXlsx({ ctx, actor, filter, title }: { ctx: ActionContext; actor: Actor; filter: { county?: string; industryChain?: string }; title: string }): Promise<Uint8Array> {
  const parts = await sections(ctx, actor, filter)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '金桥 Jinqiao'
  const sheet = workbook.addWorksheet('技术需求汇编', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = COMPENDIUM_COLUMNS.map(([key, header, width]) => ({ key, header, width }))
  sheet.insertRow(1, [title])
  sheet.mergeCells(1, 1, 1, COMPENDIUM_COLUMNS.length)
  sheet.getRow(1).font = { bold: true, size: 16 }
  sheet.getRow(2).font = { bold: true }
  parts.forEach((part, i) => {
    const header = sheet.addRow([`${sectionNumber(i)}、${part.chain}（${part.entries.length}项）`])
    header.font = { bold: true }
    sheet.mergeCells(header.number, 1, header.number, COMPENDIUM_COLUMNS.length)
    for (const entry of part.entries) sheet.addRow(COMPENDIUM_COLUMNS.map(([key]) => entry[key])).alignment = { wrapText: true, vertical: 'top' }
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

export async function compendiumHtml({ ctx, actor, filter, title }: { ctx: ActionContext; actor: Actor; filter: { county?: string; industryChain?: string }; title: string }) {
  const parts = await sections(ctx, actor, filter)
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:'SimSun','Songti SC',serif;margin:2cm}h1{text-align:center}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{border:1px solid #333;padding:4px 6px;vertical-align:top;font-size:10.5pt}th{background:#eee}@media print{h2{page-break-before:auto}tr{page-break-inside:avoid}}</style></head>
<body><h1>${title}</h1>${raw('')}
${parts.map((part, i) => html`<h2>${sectionNumber(i)}、${part.chain}（${part.entries.length}项）</h2>
<table><thead><tr>${COMPENDIUM_COLUMNS.map(([, header]) => html`<th>${header}</th>`)}</tr></thead>
<tbody>${part.entries.map((e) => html`<tr>${COMPENDIUM_COLUMNS.map(([key]) => html`<td>${e[key]}</td>`)}</tr>`)}</tbody></table>`)}
</body></html>`
}
