import type { Deps } from '../../src/deps.ts'
import { dispatchOutbox } from '../../src/jobs/mail-jobs.ts'
import { smtpTransport } from '../../src/mail/smtp-transport.ts'

/** One run of the outbox's dispatcher against the SMTP server at `url`, as the Node process runs it. */
export function dispatchVia(deps: Deps, url: string) {
  const transport = smtpTransport(url)
  return dispatchOutbox(deps, transport).finally(() => transport.close())
}
