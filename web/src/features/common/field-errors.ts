import type { FormInstance } from 'antd'
import { ApiProblem } from '../../api/client'

/**
 * Puts each of the API's field errors at its field (`budgetMinYuan`, `keywords.2` → `keywords`);
 * returns what no field shows, for an alert above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: readonly string[], rename: Record<string, string> = {}): string | null {
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error)
  const unplaced: string[] = []
  const byField = new Map<string, string[]>()
  for (const e of error.errors) {
    const top = e.path.split('.')[0]!
    const name = rename[top] ?? top
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message])
    else unplaced.push(e.message)
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })))
  if (byField.size === 0 || unplaced.length) return [error.message, ...unplaced].join('；')
  return null
}
