import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

// A spreadsheet upload as rows of header → text. Excel in China often writes CSV in GBK, so a CSV
// that is not valid UTF-8 is read as GBK (TextDecoder knows it where Intl is complete, as in Node).

export type Row = Record<string, string>

export class UnreadableFile extends Error {}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

export async function readTable(bytes: Uint8Array, kind: 'csv' | 'xlsx'): Promise<Row[]> {
  if (kind === 'csv') {
    try {
      const records = parse(decodeText(bytes), { columns: (h: string[]) => h.map((x) => x.trim()), skip_empty_lines: true, trim: true, relax_column_count: true }) as Row[]
      return records
    } catch (error) {
      throw new UnreadableFile(`CSV 无法解析 (unreadable CSV): ${(error as Error).message}`)
    }
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as never)
  } catch (error) {
    throw new UnreadableFile(`Excel 文件无法读取 (unreadable .xlsx): ${(error as Error).message}`)
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const headers: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = cellText(cell.value).trim()))
  const rows: Row[] = []
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return
    const record: Row = {}
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (headers[col]) record[headers[col]!] = cellText(cell.value).trim()
    })
    if (Object.values(record).some(Boolean)) rows.push(record)
  })
  return rows
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  return String(value)
}
