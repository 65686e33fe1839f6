// A small HTTP load generator for the benchmarks: latency one request at a time, and
// throughput with many connections at once. Node's fetch keeps connections alive.
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Latency {
  p50: number
  p95: number
  p99: number
  count: number
}

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function ask(url: string, token: string): Promise<void> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`)
  await res.arrayBuffer()
}

const latencyOf = (samples: number[]): Latency => {
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), count: samples.length }
}

/**
 * Each URL once (its first ask), then `rounds` more times, one request after another. This
 * client's own first request (its connection, and fetch's code not yet compiled) took 50 ms more
 * than the server's part: the server's health check goes first, untimed.
 */
export async function sequentialLatency(urls: readonly string[], token: string, rounds: number): Promise<{ first: Latency; again: Latency }> {
  if (urls.length > 0) await (await fetch(new URL('/healthz', urls[0]))).arrayBuffer()
  const firsts: number[] = []
  for (const url of urls) {
    const t = performance.now()
    await ask(url, token)
    firsts.push(performance.now() - t)
  }
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const url of urls) {
      const t = performance.now()
      await ask(url, token)
      samples.push(performance.now() - t)
    }
  }
  return { first: latencyOf(firsts), again: latencyOf(samples) }
}

export interface Load {
  perSecond: number
  p50: number
  p99: number
  count: number
  /** What made the load: wrk where it is installed, else this process's fetch. */
  client: 'wrk' | 'fetch'
}

// wrk (Debian's package) is a load generator in C: it leaves the other core to the server, where
// fetch in this process took most of one (on 2 cores, PGlite served 410 requests/s to wrk and 339
// to fetch, in the same session).
export const LOAD_CLIENT: Load['client'] = spawnSync('wrk', ['--version']).error === undefined ? 'wrk' : 'fetch'

/** `connections` clients asking in turn through the URLs for `seconds`: requests per second and latency under load. */
export function throughput(urls: readonly string[], token: string, connections: number, seconds: number): Promise<Load> {
  return LOAD_CLIENT === 'wrk' ? throughputByWrk(urls, token, connections, seconds) : throughputByFetch(urls, token, connections, seconds)
}

async function throughputByWrk(urls: readonly string[], token: string, connections: number, seconds: number): Promise<Load> {
  const dir = mkdtempSync(join(tmpdir(), 'jinqiao-wrk-'))
  try {
    const paths = join(dir, 'paths.txt')
    writeFileSync(paths, urls.map((u) => { const url = new URL(u); return url.pathname + url.search }).join('\n') + '\n')
    const script = fileURLToPath(new URL('./rotate-urls.lua', import.meta.url))
    const out = await new Promise<string>((resolve, reject) => execFile('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, new URL(urls[0]!).origin, '--', paths, token],
      (error, stdout) => (error ? reject(error) : resolve(stdout))))
    const failed = /Non-2xx or 3xx responses: (\d+)/.exec(out)
    if (failed) throw new Error(`${failed[1]} requests failed under wrk:\n${out}`)
    const ms = (label: string) => {
      const [, value, unit] = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out) ?? []
      if (!value) throw new Error(`wrk printed no ${label}th percentile:\n${out}`)
      return Number(value) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1)
    }
    return { perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]), p50: ms('50'), p99: ms('99'), count: Number(/(\d+) requests in/.exec(out)![1]), client: 'wrk' }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function throughputByFetch(urls: readonly string[], token: string, connections: number, seconds: number): Promise<Load> {
  const end = performance.now() + seconds * 1000
  const samples: number[] = []
  let next = 0
  const client = async () => {
    while (performance.now() < end) {
      const url = urls[next++ % urls.length]!
      const t = performance.now()
      await ask(url, token)
      samples.push(performance.now() - t)
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: connections }, client))
  const elapsed = (performance.now() - start) / 1000
  samples.sort((a, b) => a - b)
  return { perSecond: samples.length / elapsed, p50: percentile(samples, 50), p99: percentile(samples, 99), count: samples.length, client: 'fetch' }
}
