import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

// One PGlite directory, one process: real processes, a real directory, kill -9.

const dir = mkdtempSync(join(tmpdir(), 'jinqiao-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function run(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, DATABASE_URL: '', JINQIAO_DATA_DIR: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))))
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('listening on') && resolve())
    void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)))
  })
  listening.catch(() => {}) // awaited only by the runs expected to listen
  return { child, exited, listening, output: () => output }
}

const token = 'a-long-enough-admin-token-for-lock-tests'

describe('the embedded database directory', () => {
  test('a second server and a migration are refused while one runs; after kill -9 the next start takes over, with every acknowledged write', async () => {
    const port = await freePort()
    const first = run('src/node.ts', { PORT: String(port), JINQIAO_ADMIN_TOKEN: token })
    await first.listening
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/organizations`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'enterprise', name: '锁测试企业', county: '汶上县' }),
    })
    expect(created.status).toBe(201)

    const second = run('src/node.ts', { PORT: String(await freePort()), JINQIAO_ADMIN_TOKEN: token })
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain(`正被进程 ${first.child.pid} 使用`)
    const migrate = run('src/db/migrate-cli.ts', {})
    expect(await migrate.exited).toBe(1)
    expect(migrate.output()).toContain('in use by process')
    // The first never noticed.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200)

    first.child.kill('SIGKILL')
    await first.exited
    const third = run('src/node.ts', { PORT: String(port), JINQIAO_ADMIN_TOKEN: token })
    await third.listening
    const list = await fetch(`http://127.0.0.1:${port}/api/v1/organizations?q=锁测试企业`, { headers: { authorization: `Bearer ${token}` } })
    expect((await list.json()).items.map((o: { name: string }) => o.name)).toContain('锁测试企业')
    third.child.kill('SIGTERM')
    expect(await third.exited).toBe(0)
  })
})
