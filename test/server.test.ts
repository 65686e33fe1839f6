import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { describe, expect, test } from 'vitest'

// `npm start` as a user runs it: a real process, real settings, a real port.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/node.ts'], { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('listening on') && resolve())
    void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)))
  })
  return { child, exited, listening, output: () => output }
}

describe('the server process', () => {
  test('starts on PGlite, provisions the admin token, serves the API and stops on SIGTERM', async () => {
    const port = await freePort()
    const token = 'a-long-enough-admin-token-for-tests'
    const server = run({ PORT: String(port), JINQIAO_DATA_DIR: 'memory://', JINQIAO_ADMIN_TOKEN: token })
    await server.listening
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200)
    const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ role: 'coordinator' })
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })

  test('a bad setting stops it at once with a message naming the setting', async () => {
    const server = run({ PORT: 'not-a-port', JINQIAO_DATA_DIR: 'memory://' })
    await expect(server.listening).rejects.toThrow()
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('PORT')
    expect(server.output()).toContain('配置有误')
  })
})
