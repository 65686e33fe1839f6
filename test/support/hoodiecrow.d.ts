declare module 'hoodiecrow-imap' {
  interface Server {
    listen(port: number, callback: () => void): void
    close(callback?: () => void): void
    server: { address(): { port: number } }
  }
  export default function hoodiecrow(options: Record<string, unknown>): Server
}
