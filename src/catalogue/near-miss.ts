// Which known name a mistyped one most likely means: 「汶上」 → 「汶上县」, 「纺织」 → 「纺织服装」.
// Pure, for the refusal message and the import's dry run.

function distance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let row = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const next = [i]
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    row = next
  }
  return row[y.length]!
}

/** The known name the value is closest to, if it is close: one contains the other, or one character apart. */
export function nearMiss(value: string, known: readonly string[]): string | undefined {
  const v = value.trim()
  if (!v) return undefined
  const containing = known.filter((k) => k.includes(v) || v.includes(k))
  if (containing.length) return containing.sort((a, b) => Math.abs(a.length - v.length) - Math.abs(b.length - v.length))[0]
  const close = known.map((k) => ({ k, d: distance(v, k) })).filter((c) => c.d <= 1).sort((a, b) => a.d - b.d)
  return close[0]?.k
}
