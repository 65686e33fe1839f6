import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'

// The one typed client of the API, generated from the server's own /openapi.json. Sign-in travels
// as the session cookie (same origin); every failure is an ApiProblem carrying the API's Chinese
// `detail` and, for a 400, the field errors, so a form can show each at its field.

export type Schemas = components['schemas']

export interface FieldError { path: string; message: string }

export class ApiProblem extends Error {
  readonly status: number
  readonly type: string
  readonly errors: FieldError[]
  constructor(status: number, body: { type?: string; title?: string; detail?: string; errors?: FieldError[] } | null) {
    super(body?.detail ?? body?.title ?? `HTTP ${status}`)
    this.status = status
    this.type = body?.type ?? 'about:blank'
    this.errors = Array.isArray(body?.errors) ? body!.errors : []
  }
}

/** Told when the server says the sign-in is gone, so the shell can send the person to sign in. */
export const signedOut = new EventTarget()

const problems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined
    const body = await response.clone().json().catch(() => null)
    if (response.status === 401) signedOut.dispatchEvent(new Event('signed-out'))
    throw new ApiProblem(response.status, body)
  },
}

export const api = createClient<paths>({ baseUrl: '' })
api.use(problems)

/** The data of a call that succeeded (failures have thrown already). */
export async function data<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const result = await call
  return result.data as T
}
