import type { z } from 'zod'
import type { FieldError } from '../errors.ts'

/** zod issues as the `errors` member of a 400 problem: where, and what is wrong there. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : []
    const path = [prefix, ...issue.path.map(String), ...(keys.length === 1 ? keys : [])].filter(Boolean).join('.')
    return { path: path || '(body)', message: issue.message }
  })
}
