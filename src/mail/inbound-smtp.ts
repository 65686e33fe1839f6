import { SMTPServer } from 'smtp-server'

// The reply mailbox as an SMTP listener (set JINQIAO_REPLY_SMTP_PORT and point the reply
// address's MX, or a forwarding rule, here). It accepts mail for the reply address only, keeps
// messages small, and hands each one over whole; what it means is not this layer's business.

export const MAX_INBOUND_BYTES = 2 * 1024 * 1024

export function startInboundSmtp(options: { host: string; port: number; address: string; onMessage: (raw: Buffer) => Promise<void>; secure?: boolean }) {
  const accepted = options.address.toLowerCase()
  const server = new SMTPServer({
    name: accepted.slice(accepted.indexOf('@') + 1),
    banner: 'Jinqiao reply mailbox',
    authOptional: true,
    disabledCommands: ['AUTH', ...(options.secure ? [] : ['STARTTLS'])],
    size: MAX_INBOUND_BYTES,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase() !== accepted) return callback(Object.assign(new Error(`550 No such mailbox here: ${address.address}`), { responseCode: 550 }))
      callback()
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_INBOUND_BYTES) chunks.push(chunk)
      })
      stream.on('end', () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded || size > MAX_INBOUND_BYTES) return callback(Object.assign(new Error('552 Message too large'), { responseCode: 552 }))
        // Accepted once recorded: a failure answers 451 so the sender's server tries again.
        options.onMessage(Buffer.concat(chunks)).then(() => callback(), (error: unknown) => callback(Object.assign(new Error(`451 Try again later: ${(error as Error).message}`), { responseCode: 451 })))
      })
    },
  })
  server.on('error', (error) => console.error('reply mailbox (SMTP):', error.message))
  return new Promise<{ port: number; close: () => Promise<void> }>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      const address = server.server.address()
      resolve({ port: typeof address === 'object' && address ? address.port : options.port, close: () => new Promise<void>((done) => server.close(() => done())) })
    })
  })
}
