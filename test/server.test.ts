import { execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
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

function run(env: Record<string, string>, entry = 'src/node.ts') {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
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

  test('GET / is the web app (its page and hashed assets) and the API reference stays at /docs', async () => {
    const port = await freePort()
    const server = run({ PORT: String(port), JINQIAO_DATA_DIR: 'memory://' })
    await server.listening
    const root = await fetch(`http://127.0.0.1:${port}/`)
    expect(root.status).toBe(200)
    const html = await root.text()
    expect(html).toContain('<div id="root">')
    expect(html).toContain('<meta name="renderer" content="webkit"')
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!
    const asset = await fetch(`http://127.0.0.1:${port}${script}`)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`http://127.0.0.1:${port}/docs`)).status).toBe(200)
    server.child.kill('SIGTERM')
    await server.exited
  })

  test('a busy PORT is said in one line, and a fresh database with no admin token says how to get in', async () => {
    const port = await freePort()
    const first = run({ PORT: String(port), JINQIAO_DATA_DIR: 'memory://' })
    await first.listening
    expect(first.output()).toContain('JINQIAO_ADMIN_TOKEN')
    const second = run({ PORT: String(port), JINQIAO_DATA_DIR: 'memory://', JINQIAO_ADMIN_TOKEN: 'a-long-enough-admin-token-for-tests' })
    await expect(second.listening).rejects.toThrow()
    expect(await second.exited).toBe(1)
    const lines = second.output().trim().split('\n').filter((l) => !l.includes('listening'))
    expect(lines.at(-1)).toContain(`PORT ${port} is already in use`)
    expect(second.output()).not.toMatch(/at .*\(node:|EADDRINUSE/)
    first.child.kill('SIGTERM')
    await first.exited
  })

  test('the README’s examples work as pasted, against the demo', async () => {
    const port = await freePort()
    const demo = run({ PORT: String(port), JINQIAO_DATA_DIR: 'memory://' }, 'src/demo/main.ts')
    await demo.listening
    const readme = readFileSync('README.md', 'utf8')
    const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).filter((l) => l.startsWith('curl '))
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const line of lines) {
      const command = `${line.replaceAll('localhost:3000', `127.0.0.1:${port}`)} -sS --fail-with-body`
      const { stdout } = await promisify(execFile)('bash', ['-c', command])
      const body = JSON.parse(stdout)
      expect(body.items?.length ?? Object.keys(body).length, line).toBeGreaterThan(0)
    }
    demo.child.kill('SIGTERM')
    await demo.exited
  }, 120_000)
})
