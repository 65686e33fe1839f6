import { actionContext, type Deps } from '../deps.ts'
import { queueFollowUps, queueReminders } from '../events/session-mail-jobs.ts'
import { uuidv7 } from '../ids.ts'
import { dispatchDue } from './dispatcher.ts'
import { smtpTransport } from './smtp-transport.ts'

const INTERVAL_MS = 5_000

/** Every few seconds: queue the reminders and follow-ups now due, then drain the outbox over SMTP. Node only. */
export function startMailDispatcher(deps: Deps, smtpUrl: string) {
  const transport = smtpTransport(smtpUrl)
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      const ctx = actionContext(deps)
      await queueReminders(ctx)
      await queueFollowUps(ctx)
      await dispatchDue({ db: deps.db, transport, now: deps.now, newId: () => uuidv7(), from: deps.mailFrom })
    } catch (error) {
      console.error('mail dispatch failed; retrying on the next run:', error)
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  return { stop: () => (clearInterval(timer), transport.close()) }
}
