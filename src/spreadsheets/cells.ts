import type { FieldError } from '../errors.ts'

/** A list typed in one cell: 「疵点、验布」, "a, b", "a；b". */
export const split = (s: string | undefined) => (s ?? '').split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean)

/** Chinese labels or codes to codes; an unknown one is recorded as an error for its column. */
export function codes(list: readonly { code: string; zh: string }[], values: string[], column: string, errors: FieldError[]): string[] {
  return values.map((v) => list.find((t) => t.code === v || t.zh === v)?.code ?? (errors.push({ path: column, message: `未知的取值「${v}」(unknown value)` }), '')).filter(Boolean)
}
