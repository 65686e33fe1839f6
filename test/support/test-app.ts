import { createApp } from '../../src/app.ts'
import { provisionAdminToken } from '../../src/auth/provision-admin.ts'
import type { Db } from '../../src/db/database.ts'
import { actionContext, type Deps } from '../../src/deps.ts'
import { ResidentCatalogue } from '../../src/matching/resident-catalogue.ts'
import { openTestDb } from './test-db.ts'

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef'

export interface Reply<T = any> {
  status: number
  headers: Headers
  body: T
}

/** A client for the app that speaks as one token holder, or as a signed-in browser (a session cookie). */
export class ApiClient {
  readonly app: ReturnType<typeof createApp>
  readonly token: string | undefined
  readonly deps: Deps
  readonly cookie: string | undefined
  constructor(app: ReturnType<typeof createApp>, token: string | undefined, deps: Deps, cookie?: string) {
    this.app = app
    this.token = token
    this.deps = deps
    this.cookie = cookie
  }

  as(token: string | undefined): ApiClient {
    return new ApiClient(this.app, token, this.deps)
  }

  /** A browser signed in with this session cookie, on our own pages (its writes say they come from our origin). */
  withCookie(cookie: string): ApiClient {
    return new ApiClient(this.app, undefined, this.deps, cookie)
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } }
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`
    if (this.cookie) {
      ;(init.headers as Record<string, string>).cookie = this.cookie
      ;(init.headers as Record<string, string>).origin ??= new URL(this.deps.publicUrl).origin
    }
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
    }
    const res = await this.app.request(path, init)
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T }
  }
  get<T = any>(path: string) {
    return this.request<T>('GET', path)
  }
  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body)
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body)
  }
  /** The response itself, for pages, files and forms. */
  raw(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers)
    if (this.token && !path.startsWith('/answer/') && !path.startsWith('/calendar/')) headers.set('authorization', `Bearer ${this.token}`)
    if (this.cookie && !headers.has('cookie')) headers.set('cookie', this.cookie)
    return Promise.resolve(this.app.request(path, { ...init, headers }))
  }
}

export interface TestApp {
  db: Db
  deps: Deps
  /** Speaks as the coordinator provisioned from ADMIN_TOKEN. */
  api: ApiClient
  clock: { now: Date }
  close: () => Promise<void>
}

/** A fresh database and the app over it; `overrides` change its settings (a browser test serves it at its own address). */
export async function createTestApp(overrides: Partial<Deps> = {}): Promise<TestApp> {
  const { db, drop } = await openTestDb()
  const clock = { now: new Date('2026-11-23T02:00:00Z') }
  const deps: Deps = { db, now: () => clock.now, catalogue: new ResidentCatalogue(), maxBodyBytes: 64 * 1024, mailFrom: { name: '金桥对接平台', email: 'jinqiao@example.org' }, replyTo: 'replies@example.org', publicUrl: 'https://jinqiao.example.org', ...overrides }
  await provisionAdminToken(actionContext(deps), ADMIN_TOKEN)
  const app = createApp(deps)
  return { db, deps, clock, api: new ApiClient(app, ADMIN_TOKEN, deps), close: drop }
}
