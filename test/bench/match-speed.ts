import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { meanQuality, type Quality } from '../../src/matching/metrics.ts'
import { labelledSets } from './labelled-sets.ts'
import { sequentialLatency, throughput, type Latency, type Load } from './load.ts'

// The matches endpoint over real HTTP against a server in its own process (match-server.ts).

interface Ready {
  port: number
  token: string
  description: string
  needIds: string[]
  coldNeedIds: string[]
  planted: Record<string, { needs: Record<string, string>; capabilities: Record<string, string> }>
  timings: { loadMs: number; vectorsMs: number; ginMs: number; residentMs: number }
  rssMb: number
}

export interface SpeedReport {
  ready: Ready
  latency: { first: Latency; again: Latency }
  load: Load
  coldLoad: Load
  atScale: Record<string, Quality>
}

async function startServer(env: Record<string, string | undefined>): Promise<{ ready: Ready; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['test/bench/match-server.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the benchmark server exited (${code}) before it was ready`)))
    lines.on('line', (line) => { if (line.startsWith('{')) resolve(JSON.parse(line)) })
  })
  return {
    ready,
    stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM') }),
  }
}

export async function measureServer(env: Record<string, string | undefined>, options: { connections: number; seconds: number }): Promise<SpeedReport> {
  const { ready, stop } = await startServer(env)
  try {
    const base = `http://127.0.0.1:${ready.port}/api/v1`
    const urls = ready.needIds.map((id) => `${base}/needs/${id}/matches?limit=10`)
    const latency = await sequentialLatency(urls, ready.token, 3)
    const load = await throughput(urls, ready.token, options.connections, options.seconds)
    const coldLoad = await throughput(ready.coldNeedIds.map((id) => `${base}/needs/${id}/matches?limit=10`), ready.token, options.connections, options.seconds)
    const atScale: Record<string, Quality> = {}
    for (const set of labelledSets) {
      const planted = ready.planted[set.name]!
      const runs = []
      for (const need of set.needs) {
        const res = await fetch(`${base}/needs/${planted.needs[need.id]}/matches?limit=10`, { headers: { authorization: `Bearer ${ready.token}` } })
        const body = (await res.json()) as { items: { capabilityId: string }[] }
        runs.push({ ranked: body.items.map((m) => planted.capabilities[m.capabilityId] ?? m.capabilityId), grades: need.grades })
      }
      atScale[set.name] = meanQuality(runs)
    }
    return { ready, latency, load, coldLoad, atScale }
  } finally {
    await stop()
  }
}
