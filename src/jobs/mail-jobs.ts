import { actionContext, type Deps } from '../deps.ts'
import { queueAnswerDigests } from '../events/answer-digest.ts'
import { mailLinkFinisher } from './mail-links.ts'
import { queueFollowUps, queueReminders } from '../events/session-mail-jobs.ts'
import { uuidv7 } from '../ids.ts'
import { dispatchDue, type MailTransport } from '../mail/dispatcher.ts'
import { releaseLeases } from '../mail/outbox.repository.ts'

// The job runner above events and mail: it queues the mail that time causes and drains the
// outbox, giving the mail layer what only events know (how to finish a message's links).

const INTERVAL_MS = 5_000

/** One run: reminders, follow-ups and the organizers' digests now due, then delivery. */
export async function runMailJobs(deps: Deps, transport: MailTransport, holder?: string) {
  const ctx = actionContext(deps)
  await queueReminders(ctx)
  await queueFollowUps(ctx)
  await queueAnswerDigests(ctx)
  return dispatchOutbox(deps, transport, holder)
}

/** Delivery alone: From, Reply-To and the links filled in as they go out. */
export function dispatchOutbox(deps: Deps, transport: MailTransport, holder?: string) {
  const ctx = actionContext(deps)
  return dispatchDue({ db: deps.db, transport, now: deps.now, newId: () => uuidv7(), envelope: { from: deps.mailFrom, replyTo: ctx.replyTo }, finish: mailLinkFinisher(ctx), holder })
}

/**
 * Every few seconds, over SMTP or a mail API. Node only (Workers run `runMailJobs` from their Cron Trigger). `holder` names this instance (JINQIAO_INSTANCE_ID, or
 * host and port): what it held when it last died is taken back at once.
 */
export function startMailDispatcher(deps: Deps, transport: MailTransport & { close?: () => void }, holder: string) {
  let running = true
  void releaseLeases(deps.db, holder, deps.now())
    .then((n) => n && console.log(`mail: ${n} message(s) this instance was sending when it stopped are due again`))
    .catch((error) => console.error('mail: could not take back earlier leases:', error))
    .finally(() => (running = false))
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await runMailJobs(deps, transport, holder)
    } catch (error) {
      console.error('mail dispatch failed; retrying on the next run:', error)
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  return { stop: () => (clearInterval(timer), transport.close?.()) }
}
