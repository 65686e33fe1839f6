import { actionContext, type Deps } from '../deps.ts'
import { ingestReply } from '../events/ingest-reply.ts'
import { startImapPolling, parseImapUrl } from '../mail/imap-inbox.ts'
import { startInboundSmtp } from '../mail/inbound-smtp.ts'

/** What the reply mailbox delivers goes to the events layer as an answer. */
export const replyHandler = (deps: Deps) => async (raw: Buffer) => {
  await ingestReply(actionContext(deps), raw)
}

/** Reads the reply mailbox the way the configuration says: an IMAP account polled, an SMTP listener, or both. */
export async function startReplyMailbox(deps: Deps, config: { imapUrl?: string; smtpPort?: number; smtpHost: string }) {
  const stops: (() => unknown)[] = []
  const handle = replyHandler(deps)
  if (config.imapUrl) stops.push(startImapPolling(parseImapUrl(config.imapUrl), handle).stop)
  if (config.smtpPort) {
    const smtp = await startInboundSmtp({ host: config.smtpHost, port: config.smtpPort, address: actionContext(deps).replyTo, onMessage: handle })
    stops.push(smtp.close)
  }
  return { reading: stops.length > 0, stop: () => Promise.all(stops.map((s) => s())) }
}
