import { ImapFlow } from 'imapflow'

// The reply mailbox as an existing IMAP account (JINQIAO_REPLY_IMAP_URL, e.g.
// imaps://replies%40kexie.example:password@imap.example.com/INBOX), polled with imapflow. Each
// unseen message is handed over whole and then marked \Seen; one that fails stays unseen and
// is tried again on the next poll. The handler reads each Message-ID once, so a message seen
// twice (after a crash between handling and flagging) changes nothing twice.

export interface ImapTarget {
  host: string
  port: number
  secure: boolean
  user: string
  pass: string
  mailbox: string
}

export function parseImapUrl(url: string): ImapTarget {
  const u = new URL(url)
  const secure = u.protocol === 'imaps:'
  return {
    host: u.hostname, port: u.port ? Number(u.port) : secure ? 993 : 143, secure,
    user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password), mailbox: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX',
  }
}

/** One pass over the mailbox: every unseen message, oldest first. */
export async function pollImapOnce(target: ImapTarget, onMessage: (raw: Buffer) => Promise<void>, limit = 200): Promise<number> {
  const client = new ImapFlow({ host: target.host, port: target.port, secure: target.secure, auth: { user: target.user, pass: target.pass }, logger: false, doSTARTTLS: target.secure ? undefined : false })
  client.on('error', () => {}) // a dropped connection fails the pass below; the next poll reconnects
  await client.connect()
  let handled = 0
  try {
    const lock = await client.getMailboxLock(target.mailbox)
    try {
      const unseen = ((await client.search({ seen: false }, { uid: true })) || []).slice(0, limit)
      for (const uid of unseen) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true })
        if (!message || !message.source) continue
        try {
          await onMessage(message.source)
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true })
          handled++
        } catch (error) {
          console.error(`reply mailbox (IMAP): message ${uid} left for the next poll:`, (error as Error).message)
        }
      }
    } finally {
      lock.release()
    }
  } finally {
    await client.logout().catch(() => client.close())
  }
  return handled
}

export function startImapPolling(target: ImapTarget, onMessage: (raw: Buffer) => Promise<void>, intervalMs = 30_000) {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await pollImapOnce(target, onMessage)
    } catch (error) {
      console.error('reply mailbox (IMAP) poll failed; trying again later:', (error as Error).message)
    } finally {
      running = false
    }
  }, intervalMs)
  return { stop: () => clearInterval(timer) }
}
