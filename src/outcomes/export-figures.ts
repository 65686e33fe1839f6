import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor.ts'
import { organizationNames } from '../catalogue/organizations.repository.ts'
import { AGREEMENT_KINDS, label } from '../catalogue/vocabulary.ts'
import type { ActionContext } from '../deps.ts'
import type { SummaryQuery } from './outcomes.schemas.ts'
import { outcomesList } from './list-outcomes.ts'
import { summary } from './summary.ts'

// The figures and the outcome lists as one workbook: a sheet of figures with their names in
// Chinese, then the intentions and the agreements of the period.

const FIGURE_NAMES: Record<string, string> = {
  nationalSocieties: '对接全国学会（家）', provincialSocieties: '对接省级学会（家）', universitiesAndInstitutes: '对接高校及科研院所（家）',
  experts: '专家学者（名）', eventsHeld: '技术对接活动（场）', sessionsHeld: '对接洽谈（场）', enterprisesServed: '服务企业（家）',
  industryChainsServed: '服务产业链（条）', needsCollected: '征集技术需求（项）', needsResolved: '解决技术需求（项）', intentions: '达成合作意向（项）',
  agreements: '签订合作协议（项）', agreementAmountYuan: '协议金额（元）', serviceStations: '建立专家服务站（个）',
}

export async function figuresWorkbook({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: SummaryQuery }): Promise<Uint8Array> {
  const figures = await summary({ ctx, actor, query })
  const intentionRows = await outcomesList({ ctx, actor, table: 'intentions', from: query.from, to: query.to })
  const agreementRows = await outcomesList({ ctx, actor, table: 'agreements', from: query.from, to: query.to })
  const names = await organizationNames(ctx.db, [...intentionRows, ...agreementRows].flatMap((r) => [r.enterpriseId, r.providerId]))
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('统计数字')
  sheet.columns = [{ header: '指标', key: 'name', width: 28 }, { header: '数值', key: 'value', width: 16 }]
  sheet.addRow({ name: '统计期间', value: `${query.from} 至 ${query.to}` })
  for (const [key, name] of Object.entries(FIGURE_NAMES)) sheet.addRow({ name, value: (figures as Record<string, unknown>)[key] })

  const intentions = book.addWorksheet('合作意向')
  intentions.columns = [{ header: '日期', key: 'date', width: 12 }, { header: '企业', key: 'e', width: 28 }, { header: '服务方', key: 'p', width: 28 }, { header: '内容', key: 'd', width: 50 }]
  for (const i of intentionRows) {
    intentions.addRow({ date: i.statedOn, e: names.get(i.enterpriseId), p: names.get(i.providerId), d: i.description })
  }
  const agreements = book.addWorksheet('合作协议')
  agreements.columns = [{ header: '签订日期', key: 'date', width: 12 }, { header: '企业', key: 'e', width: 28 }, { header: '服务方', key: 'p', width: 28 }, { header: '类型', key: 'k', width: 12 }, { header: '金额（元）', key: 'a', width: 14 }, { header: '期限（月）', key: 't', width: 10 }, { header: '文件编号', key: 'r', width: 20 }]
  for (const a of agreementRows) {
    agreements.addRow({ date: a.signedOn, e: names.get(a.enterpriseId), p: names.get(a.providerId), k: label(AGREEMENT_KINDS.list, a.kind), a: a.amountYuan, t: a.termMonths, r: a.documentRef })
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}
