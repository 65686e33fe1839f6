import ExcelJS from 'exceljs'
import { COOPERATION_MODES, NEED_TYPES, PROVIDER_TYPES, VISIBILITIES } from '../catalogue/vocabulary.ts'
import { NEED_SHEET_COLUMNS } from './need-columns.ts'

// The import templates: the headers each import reads, one example row from this domain, and a
// sheet explaining every column. The headers are the importers' own, so a filled template imports.

interface Column {
  header: string
  required: boolean
  explain: string
  example: string
}

const labels = (list: readonly { zh: string }[]) => list.map((t) => t.zh).join('、')
const SEP = '多个值用顿号「、」分隔'

const N = NEED_SHEET_COLUMNS
export const TEMPLATES: Record<'organizations' | 'needs' | 'capabilities', { title: string; columns: Column[] }> = {
  organizations: {
    title: '机构导入模板',
    columns: [
      { header: '机构名称', required: true, explain: '企业或服务方的全称', example: '汶上县鲁锦纺织有限公司' },
      { header: '机构类型', required: true, explain: `企业，或服务方类型：${labels(PROVIDER_TYPES.list)}`, example: '企业' },
      { header: '统一社会信用代码', required: false, explain: '18 位；有则按它识别机构，重复导入只更新', example: '91370830MA3C4XY71K' },
      { header: '县市区', required: true, explain: '企业须为本会的县市区之一（见 GET /vocabularies）；服务方可填所在地', example: '汶上县' },
      { header: '产业链', required: false, explain: `本会的产业链；${SEP}`, example: '纺织服装' },
      { header: '简介', required: false, explain: '一两句话介绍', example: '以鲁锦面料为主的纺织企业' },
      { header: '网址', required: false, explain: '以 https:// 开头', example: '' },
    ],
  },
  needs: {
    title: '技术需求导入模板',
    columns: [
      { header: N.enterprise, required: true, explain: '已登记的企业名称', example: '汶上县鲁锦纺织有限公司' },
      { header: N.title, required: true, explain: '一句话说明要解决什么；同一企业的同名需求重复导入只更新', example: '布面疵点在线视觉检测' },
      { header: N.description, required: true, explain: '现状、难点与期望效果', example: '织布车间靠人眼挑疵点，漏检率高，希望引入在线检测设备。' },
      { header: N.county, required: true, explain: '本会的县市区之一', example: '汶上县' },
      { header: N.industryChain, required: true, explain: '本会的产业链之一', example: '纺织服装' },
      { header: N.keywords, required: false, explain: `技术关键词；${SEP}`, example: '疵点、视觉检测' },
      { header: N.needType, required: false, explain: labels(NEED_TYPES.list), example: '设备研制' },
      { header: N.cooperationModes, required: false, explain: `${labels(COOPERATION_MODES.list)}；${SEP}`, example: '技术开发、技术转让' },
      { header: N.budgetMin, required: false, explain: '整数元', example: '100000' },
      { header: N.budgetMax, required: false, explain: '整数元，不低于下限', example: '500000' },
      { header: N.deadline, required: false, explain: '年-月-日', example: '2027-06-30' },
      { header: N.visibility, required: false, explain: `${labels(VISIBILITIES.list)}；缺省为公开`, example: '公开' },
      { header: N.contactName, required: false, explain: '需求联系人；按邮箱或姓名找到本企业的人员，没有则新增', example: '李建国' },
      { header: N.contactPhone, required: false, explain: '手机或座机', example: '13805370001' },
      { header: N.contactEmail, required: false, explain: '电子邮件地址', example: 'lijianguo@example.com' },
    ],
  },
  capabilities: {
    title: '服务能力导入模板',
    columns: [
      { header: '服务方名称', required: true, explain: '已登记的服务方名称', example: '山东纺织工程学会' },
      { header: '能力名称', required: true, explain: '同一服务方的同名能力重复导入只更新', example: '织物缺陷机器视觉检测' },
      { header: '能力描述', required: true, explain: '能解决什么问题、做过什么', example: '基于深度学习的织物表面缺陷在线检测，已在多家织厂应用。' },
      { header: '关键词', required: false, explain: SEP, example: '机器视觉、验布' },
      { header: '技术领域', required: false, explain: SEP, example: '人工智能' },
      { header: '产业链', required: false, explain: `本会的产业链；${SEP}`, example: '纺织服装' },
      { header: '服务类型', required: false, explain: `${labels(NEED_TYPES.list)}；${SEP}`, example: '设备研制、技术攻关' },
      { header: '合作方式', required: false, explain: `${labels(COOPERATION_MODES.list)}；${SEP}`, example: '技术开发' },
      { header: '技术成熟度', required: false, explain: '1–9（TRL）', example: '7' },
      { header: '服务地区', required: false, explain: `本会的县市区；空表示不限；${SEP}`, example: '汶上县、嘉祥县' },
      { header: '每月可承接场次', required: false, explain: '整数', example: '4' },
      { header: '公开方式', required: false, explain: `${labels(VISIBILITIES.list)}；缺省为公开`, example: '公开' },
    ],
  },
}

export async function templateWorkbook(kind: keyof typeof TEMPLATES): Promise<Uint8Array> {
  const { title, columns } = TEMPLATES[kind]
  const book = new ExcelJS.Workbook()
  book.title = title
  const sheet = book.addWorksheet('导入')
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: Math.max(12, Math.min(40, c.example.length * 2 + 4)) }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(Object.fromEntries(columns.map((c) => [c.header, c.example])))
  const help = book.addWorksheet('填写说明')
  help.columns = [{ header: '列名', key: 'h', width: 18 }, { header: '必填', key: 'r', width: 8 }, { header: '说明', key: 'e', width: 70 }, { header: '示例', key: 'x', width: 30 }]
  help.getRow(1).font = { bold: true }
  for (const c of columns) help.addRow({ h: c.header, r: c.required ? '是' : '否', e: c.explain, x: c.example })
  help.addRow({})
  help.addRow({ h: '说明', e: '第一张表的示例行可删除或覆盖；导入时先试运行（dryRun=true），逐行查看将新增、更新或拒绝的原因。' })
  return new Uint8Array(await book.xlsx.writeBuffer())
}
