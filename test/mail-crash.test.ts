import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, test } from 'vitest'
import { SmtpSink } from './support/smtp-sink.ts'

// A server killed with -9 while it is sending: on the next start, what it held goes out at once
// (not after the lease runs out), each message once, with its Message-ID kept.

const dir = mkdtempSync(join(tmpdir(), 'jinqiao-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const token = 'a-long-enough-admin-token-for-crash-tests'

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number }
    s.close(() => resolve(port))
  })
})

function start(port: number, smtpUrl: string) {
  const child = spawn(process.execPath, ['src/node.ts'], {
    env: { ...process.env, DATABASE_URL: '', JINQIAO_DATA_DIR: dir, PORT: String(port), JINQIAO_ADMIN_TOKEN: token, SMTP_URL: smtpUrl, JINQIAO_INSTANCE_ID: 'crash-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('listening on') && resolve())
    void exited.then(() => reject(new Error(output)))
  })
  return { child, exited, listening, output: () => output }
}

async function api(port: number, method: string, path: string, body?: unknown) {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await r.json()
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`)
  return json
}

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
  return check()
}

describe('mail after a crash', () => {
  test('invites held by a killed dispatcher go out at the next start, once each', async () => {
    // An SMTP server that takes the message and never answers: the dispatcher is mid-send.
    let stalled = 0
    const stall = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData: (stream) => { stalled++; stream.resume() } })
    await new Promise<void>((r) => stall.listen(0, '127.0.0.1', () => r()))
    const stallPort = (stall.server.address() as { port: number }).port
    const port = await freePort()
    const first = start(port, `smtp://127.0.0.1:${stallPort}`)
    await first.listening

    const enterprise = await api(port, 'POST', '/organizations', { kind: 'enterprise', name: '崩溃测试企业', county: '汶上县' })
    const provider = await api(port, 'POST', '/organizations', { kind: 'provider', providerType: 'university', name: '崩溃测试高校', county: '任城区' })
    const a = await api(port, 'POST', '/people', { organizationId: enterprise.id, name: '李建国', email: 'li@example.org' })
    const b = await api(port, 'POST', '/people', { organizationId: provider.id, name: '王教授', email: 'wang@example.org' })
    const need = await api(port, 'POST', '/needs', { organizationId: enterprise.id, title: '布面疵点检测', description: '需要在线检测。', county: '汶上县', industryChain: '纺织服装', status: 'published' })
    const capability = await api(port, 'POST', '/capabilities', { organizationId: provider.id, title: '机器视觉检测', description: '在线检测系统。', status: 'published' })
    const event = await api(port, 'POST', '/events', { title: '金桥行动汶上行', kind: 'on_site', venue: '汶上县科技馆', county: '汶上县', days: [{ date: '2027-01-05', opens: '08:30', closes: '12:00' }], tables: [{ name: 'A1' }], invitedOrganizationIds: [enterprise.id, provider.id] })
    const session = await api(port, 'POST', `/events/${event.id}/sessions`, { needId: need.id, capabilityId: capability.id, attendeeIds: [a.id, b.id], startsAt: '2027-01-05T09:00:00+08:00', endsAt: '2027-01-05T09:30:00+08:00', tableId: event.tables[0].id })
    await api(port, 'PATCH', `/sessions/${session.id}`, { status: 'confirmed' })
    expect(await waitFor(() => stalled >= 1, 15_000)).toBe(true)

    first.child.kill('SIGKILL')
    await first.exited
    await new Promise<void>((r) => stall.close(() => r()))

    const sink = new SmtpSink()
    await sink.start()
    const startedAt = Date.now()
    const second = start(port, sink.url)
    await second.listening
    // Both invites within a dispatch run or two, not after the two-minute lease.
    expect(await waitFor(() => sink.received.length >= 2, 30_000), second.output()).toBe(true)
    expect(Date.now() - startedAt).toBeLessThan(60_000)
    await new Promise((r) => setTimeout(r, 6000)) // another run: nothing more
    expect(sink.received.map((m) => (m.parsed.to as { value: { address: string }[] }).value[0]!.address).sort()).toEqual(['li@example.org', 'wang@example.org'])
    expect(second.output()).toContain('due again')
    second.child.kill('SIGTERM')
    await second.exited
    await sink.stop()
  }, 90_000)
})
