// An optional semantic re-ranker: vectors from an OpenAI-compatible embeddings endpoint (bge-m3
// served by Ollama or Xinference, Workers AI's OpenAI-compatible route, …). Off unless
// JINQIAO_EMBEDDINGS_URL is set. This file knows nothing of SQL: the vectors are cached by the
// repository, and the scorer mixes their cosine into the score.

export interface EmbeddingsClient {
  model: string
  /** One vector per text, in order; throws if the endpoint fails or times out. */
  embed(texts: readonly string[]): Promise<number[][]>
}

export function embeddingsClient(options: { url: string; model: string; key?: string | undefined; timeoutMs?: number; fetch?: typeof fetch }): EmbeddingsClient {
  const send = options.fetch ?? fetch
  const endpoint = `${options.url.replace(/\/+$/, '')}/embeddings`
  return {
    model: options.model,
    async embed(texts) {
      if (texts.length === 0) return []
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (options.key) headers.authorization = `Bearer ${options.key}`
      const response = await send(endpoint, { method: 'POST', headers, body: JSON.stringify({ model: options.model, input: texts }), signal: AbortSignal.timeout(options.timeoutMs ?? 3000) })
      if (!response.ok) throw new Error(`embeddings endpoint answered ${response.status}`)
      const body = (await response.json()) as { data?: { index?: number; embedding?: unknown }[] }
      const data = [...(body.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      if (data.length !== texts.length || !data.every((d) => Array.isArray(d.embedding) && d.embedding.every((x) => typeof x === 'number'))) {
        throw new Error('embeddings endpoint answered without one vector per text')
      }
      return data.map((d) => d.embedding as number[])
    },
  }
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!
    na += a[i]! * a[i]!
    nb += b[i]! * b[i]!
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0
}

/** The text a record is embedded by: what it is about, not its metadata. */
export const embeddingText = (doc: { title: string; keywords: readonly string[]; description: string }) => `${doc.title}\n${doc.keywords.join('、')}\n${doc.description}`
