import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { QUIET_WRANGLER_ENV, WRANGLER } from '../../scripts/worker-env.ts'
import { MODULES } from './pure/modules.ts'

// The pure modules' own tests, run again inside workerd: the scheduler, matching's scoring, calendar
// files, e-mails, signed links, the visibility rules… behave there as on Node.

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as AddressInfo; s.close(() => resolve(port)) })
})

test('every pure module’s tests pass inside workerd', { timeout: 180_000 }, async () => {
  const port = await freePort()
  const state = mkdtempSync(join(tmpdir(), 'jinqiao-pure-'))
  let log = ''
  const child = spawn(process.execPath, [...WRANGLER, 'dev', '--config', 'test/worker/pure/wrangler.toml', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', state, '--inspector-port', String(await freePort())], {
    env: { ...process.env, ...QUIET_WRANGLER_ENV }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  try {
    let results: { file: string; name: string; ok: boolean; error?: string }[] | undefined
    const deadline = Date.now() + 120_000
    while (!results) {
      results = await fetch(`http://127.0.0.1:${port}/`).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined)
      if (results) break
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`workerd did not start:\n${log}`)
      await new Promise((r) => setTimeout(r, 300))
    }
    expect(results.filter((r) => !r.ok)).toEqual([])
    // Every module ran, each with its tests (a module that registered none would be a module not run).
    const perFile = new Map<string, number>()
    for (const r of results) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1)
    expect([...perFile.keys()].sort()).toEqual(Object.keys(MODULES).sort())
    for (const [file, n] of perFile) expect(n, file).toBeGreaterThan(0)
    console.log(`inside workerd: ${results.length} tests from ${Object.keys(MODULES).length} modules passed`)
  } finally {
    child.kill('SIGTERM')
    rmSync(state, { recursive: true, force: true })
  }
})
