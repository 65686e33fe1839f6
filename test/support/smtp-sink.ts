import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface Received {
  raw: string
  parsed: ParsedMail
}

/** A real SMTP server on a local port that keeps what it is sent; it can be stopped and started again. */
export class SmtpSink {
  readonly received: Received[] = []
  port = 0
  #server: SMTPServer | undefined
  #stopAfter = Infinity

  /** Goes down by itself once it has taken `n` more messages: the server failing mid-run. */
  stopAfter(n: number): void {
    this.#stopAfter = this.received.length + n
  }

  async start(port = 0): Promise<void> {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          this.received.push({ raw, parsed: await simpleParser(raw) })
          callback()
          if (this.received.length >= this.#stopAfter) {
            this.#stopAfter = Infinity
            void this.stop()
          }
        })
      },
    })
    await new Promise<void>((resolve) => this.#server!.listen(port, '127.0.0.1', () => resolve()))
    this.port = (this.#server.server.address() as { port: number }).port
  }

  async stop(): Promise<void> {
    const server = this.#server
    this.#server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`
  }
}
