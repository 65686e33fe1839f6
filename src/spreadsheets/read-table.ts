import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

// A spreadsheet upload as rows of header → text. Excel in China often writes CSV in GBK, so a CSV
// that is not valid UTF-8 is read as GBK (TextDecoder knows it where Intl is complete, as in Node).

export type Row = Record<string, string>

export class UnreadableFile extends Error {}

// Bounds checked before anything is parsed deep: a sheet of 20,000 columns or a cell of a megabyte
// is refused at once rather than built into objects row by row while other requests wait.
export const MAX_COLUMNS = 60
export const MAX_ROWS = 5000
export const MAX_CELL_CHARS = 10_000

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

export async function readTable(bytes: Uint8Array, kind: 'csv' | 'xlsx'): Promise<Row[]> {
  if (kind === 'csv') {
    const text = decodeText(bytes)
    const firstLine = text.slice(0, text.search(/\r?\n|$/))
    if (firstLine.split(/[,;\t]/).length > MAX_COLUMNS) throw new UnreadableFile(tooWide())
    try {
      return parse(text, {
        columns: (h: string[]) => {
          if (h.length > MAX_COLUMNS) throw new UnreadableFile(tooWide())
          return h.map((x) => x.trim())
        },
        skip_empty_lines: true, trim: true, relax_column_count: true,
        // One more than allowed, so that "too many rows" is said rather than the rest silently dropped.
        to: MAX_ROWS + 1, max_record_size: MAX_CELL_CHARS * 4,
      }) as Row[]
    } catch (error) {
      if (error instanceof UnreadableFile) throw error
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
  if (sheet.actualColumnCount > MAX_COLUMNS) throw new UnreadableFile(tooWide())
  if (sheet.actualRowCount > MAX_ROWS + 1) throw new UnreadableFile(`一次最多导入 ${MAX_ROWS} 行 (at most ${MAX_ROWS} rows at a time)`)
  const headers: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = cellText(cell.value).trim()))
  const rows: Row[] = []
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return
    const record: Row = {}
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (headers[col]) record[headers[col]!] = cellText(cell.value).trim().slice(0, MAX_CELL_CHARS)
    })
    if (Object.values(record).some(Boolean)) rows.push(record)
  })
  return rows
}

const tooWide = () => `表格最多 ${MAX_COLUMNS} 列 (at most ${MAX_COLUMNS} columns)`

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
