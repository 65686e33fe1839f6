// A small HTTP load generator for the benchmarks: latency one request at a time, and
// throughput with many connections at once. Node's fetch keeps connections alive.

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

/** Each URL once (its first ask), then `rounds` more times, one request after another. */
export async function sequentialLatency(urls: readonly string[], token: string, rounds: number): Promise<{ first: Latency; again: Latency }> {
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

/** `connections` clients asking in turn through the URLs for `seconds`: requests per second and latency under load. */
export async function throughput(urls: readonly string[], token: string, connections: number, seconds: number): Promise<Latency & { perSecond: number }> {
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
  return { perSecond: samples.length / elapsed, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), count: samples.length }
}
