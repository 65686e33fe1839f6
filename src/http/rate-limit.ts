import type { Context } from 'hono'

// Throttling of what only guessing produces: failed sign-ins (an unknown, revoked or expired
// token) and links that lead nowhere (follow-up, answer and calendar-feed secrets). Counted per
// client and, for tokens, per credential too, in fixed windows held in memory: per process on
// Node, per isolate on Workers, which is enough to make guessing pointless. Successful requests
// are never counted.

export interface Limit {
  max: number
  windowMs: number
}

export const CLIENT_LIMIT: Limit = { max: 20, windowMs: 60_000 }
export const CREDENTIAL_LIMIT: Limit = { max: 5, windowMs: 60_000 }
const MAX_KEYS = 10_000

export class FailureCounter {
  readonly #limit: Limit
  readonly #now: () => Date
  readonly #windows = new Map<string, { start: number; count: number }>()

  constructor(limit: Limit, now: () => Date) {
    this.#limit = limit
    this.#now = now
  }

  /** Milliseconds until this key may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const w = this.#current(key)
    return w && w.count >= this.#limit.max ? w.start + this.#limit.windowMs - this.#now().getTime() : 0
  }

  fail(key: string): void {
    const w = this.#current(key)
    if (w) w.count++
    else {
      if (this.#windows.size >= MAX_KEYS) this.#windows.delete(this.#windows.keys().next().value!)
      this.#windows.set(key, { start: this.#now().getTime(), count: 1 })
    }
  }

  #current(key: string) {
    const w = this.#windows.get(key)
    if (w && this.#now().getTime() - w.start >= this.#limit.windowMs) {
      this.#windows.delete(key)
      return undefined
    }
    return w
  }
}

export interface Throttle {
  clients: FailureCounter
  credentials: FailureCounter
}

export const createThrottle = (now: () => Date): Throttle => ({ clients: new FailureCounter(CLIENT_LIMIT, now), credentials: new FailureCounter(CREDENTIAL_LIMIT, now) })

/** Who is asking: the socket's address on Node, Cloudflare's header on Workers. */
export function clientKey(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? c.req.header('cf-connecting-ip') ?? 'local'
}
