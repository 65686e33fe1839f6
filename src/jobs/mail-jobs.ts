import { actionContext, type Deps } from '../deps.ts'
import { queueAnswerDigests } from '../events/answer-digest.ts'
import { answerLinkFinisher } from '../events/answer-links.ts'
import { queueFollowUps, queueReminders } from '../events/session-mail-jobs.ts'
import { uuidv7 } from '../ids.ts'
import { dispatchDue, type MailTransport } from '../mail/dispatcher.ts'
import { smtpTransport } from '../mail/smtp-transport.ts'

// The job runner above events and mail: it queues the mail that time causes and drains the
// outbox, giving the mail layer what only events know (how to finish a message's links).

const INTERVAL_MS = 5_000

/** One run: reminders, follow-ups and the organizers' digests now due, then delivery. */
export async function runMailJobs(deps: Deps, transport: MailTransport) {
  const ctx = actionContext(deps)
  await queueReminders(ctx)
  await queueFollowUps(ctx)
  await queueAnswerDigests(ctx)
  return dispatchOutbox(deps, transport)
}

/** Delivery alone: From, Reply-To and the links filled in as they go out. */
export function dispatchOutbox(deps: Deps, transport: MailTransport) {
  const ctx = actionContext(deps)
  return dispatchDue({ db: deps.db, transport, now: deps.now, newId: () => uuidv7(), envelope: { from: deps.mailFrom, replyTo: ctx.replyTo }, finish: answerLinkFinisher(ctx) })
}

/** Every few seconds, over SMTP. Node only. */
export function startMailDispatcher(deps: Deps, smtpUrl: string) {
  const transport = smtpTransport(smtpUrl)
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await runMailJobs(deps, transport)
    } catch (error) {
      console.error('mail dispatch failed; retrying on the next run:', error)
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  return { stop: () => (clearInterval(timer), transport.close()) }
}
