import { z } from '@hono/zod-openapi'

// Text a person types, trimmed. A name or a title is one line: no control character at all, line
// breaks included, since it ends up in mail headers, calendar lines and spreadsheet cells. Prose
// (descriptions, notes, reasons) may break lines and use tabs, nothing else (PostgreSQL refuses
// NUL outright).
// C1 controls (U+0080–U+009F: NEL among them) and the Unicode line and paragraph separators break
// lines for some readers as surely as CR and LF do.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const CONTROL_IN_PROSE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/
const checked = (max: number, control: RegExp, message: string) => z.string().trim().max(max).refine((s) => !control.test(s), { message })
export const text = (max: number) => checked(max, CONTROL_IN_LINE, '须为一行，不能包含换行或控制字符 (one line: no line breaks or control characters)')
export const requiredText = (max: number) => text(max).pipe(z.string().min(1, '不能为空 (must not be empty)'))
export const prose = (max: number) => checked(max, CONTROL_IN_PROSE, '不能包含控制字符 (control characters are not allowed)')
export const requiredProse = (max: number) => prose(max).pipe(z.string().min(1, '不能为空 (must not be empty)'))

/** A short list of tags (keywords, fields, industry chains): trimmed, de-duplicated, order kept. */
export const tagList = (maxItems = 30, maxLength = 40) =>
  z
    .array(requiredText(maxLength))
    .max(maxItems)
    .transform((tags) => [...new Set(tags)])

export const Id = z.uuid('必须是 UUID (must be a UUID)').openapi({ example: '019ab3c2-6a1e-7c3d-9f00-1a2b3c4d5e6f' })
export const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

export const Email = z.email('电子邮件地址无效 (invalid e-mail address)').max(200)
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,24}$/, '电话号码无效 (invalid phone number)')

export const Timestamp = z.iso.datetime().openapi({ example: '2026-11-23T08:00:00.000Z' })
// Dates people enter fall within the programme's era: a typo such as 1926 or 0001 is refused
// rather than stored, or turned into a century of empty months in a report.
export const FIRST_YEAR = 1990
export const LAST_YEAR = 2100
const plausible = (s: string) => {
  const year = Number(s.slice(0, 4))
  return year >= FIRST_YEAR && year <= LAST_YEAR
}
const ERA = `日期须在 ${FIRST_YEAR}–${LAST_YEAR} 年之间 (dates must fall between ${FIRST_YEAR} and ${LAST_YEAR})`
export const CalendarDate = z.iso.date('日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)').refine(plausible, ERA).openapi({ example: '2026-12-31' })
/** An instant a person enters, with its offset ("2026-12-05T08:30:00+08:00"), within the same era. */
export const InstantInput = z.iso.datetime({ offset: true }).refine(plausible, ERA)

// The cursor is opaque to clients; inside it is the last id of the page (ids are time-ordered).
export function encodeCursor(lastId: string): string {
  return btoa(lastId).replace(/=+$/, '')
}
export const Cursor = z
  .string()
  .max(100)
  .transform((value, ctx) => {
    let decoded = ''
    try {
      decoded = atob(value)
    } catch {
      decoded = ''
    }
    if (!Id.safeParse(decoded).success) {
      ctx.addIssue({ code: 'custom', message: '分页游标无效 (invalid cursor)' })
      return z.NEVER
    }
    return decoded
  })
  .openapi({ type: 'string', description: '上一页返回的 nextCursor (nextCursor from the previous page)' })

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: '每页条数 1–100 (page size)' }),
  cursor: Cursor.optional(),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem')

const problemContent = { 'application/problem+json': { schema: ProblemSchema } }
/** The error answers every authenticated route can give. */
export const problemResponses = {
  400: { description: '请求内容无效 (invalid input)', content: problemContent },
  401: { description: '未认证 (missing or invalid token)', content: problemContent },
  403: { description: '无权操作 (forbidden)', content: problemContent },
  404: { description: '不存在或无权查看 (not found)', content: problemContent },
  409: { description: '冲突 (conflict)', content: problemContent },
} as const

export const bearer = [{ Bearer: [] }]

export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { 'application/json': { schema } } }
}
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } }
}
