import type { Deps } from '../deps.ts'
import { uuidv7 } from '../ids.ts'
import { dispatchDue } from './dispatcher.ts'
import { smtpTransport } from './smtp-transport.ts'

const INTERVAL_MS = 5_000

/** Drains the outbox every few seconds over SMTP; one run at a time. Node only. */
export function startMailDispatcher(deps: Deps, smtpUrl: string) {
  const transport = smtpTransport(smtpUrl)
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await dispatchDue({ db: deps.db, transport, now: deps.now, newId: () => uuidv7(), from: deps.mailFrom })
    } catch (error) {
      console.error('mail dispatch failed; retrying on the next run:', error)
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  return { stop: () => (clearInterval(timer), transport.close()) }
}
