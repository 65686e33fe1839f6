// Chinese-aware tokens for matching: character unigrams and bigrams of each run of Han
// characters, plus whole Latin/digit words ("hplc", "3d", "mvr"). Whitespace means nothing in
// Chinese, and no word list is needed: a bigram index finds "疵点" inside "布面疵点靠人眼挑".
// Pure TypeScript, so it also runs on Workers.

const HAN = /\p{Script=Han}/u
const SEGMENT = /(\p{Script=Han}+)|([a-z0-9]+(?:[.+#-][a-z0-9]+)*)/gu

// Function characters that carry no technical meaning on their own. Bigrams are kept: their
// weight comes from how rare they are (IDF), not from a list.
const STOP_UNIGRAMS = new Set('的了和与及等在是为对有不也就都而或其将把被让从到以之于上下中个们这那一我你他她它要能可把该各并'.split(''))

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Every token of the text, in order, repeats kept (term frequency counts them). */
export function tokens(text: string): string[] {
  const out: string[] = []
  for (const match of normalize(text).matchAll(SEGMENT)) {
    if (match[1]) {
      const chars = [...match[1]]
      for (let i = 0; i < chars.length; i++) {
        if (!STOP_UNIGRAMS.has(chars[i]!)) out.push(chars[i]!)
        if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!)
      }
    } else if (match[2] && (match[2].length > 1 || /\d/.test(match[2]))) {
      out.push(match[2])
    }
  }
  return out
}

export function isUnigram(token: string): boolean {
  return token.length === 1 && HAN.test(token)
}

export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of tokens(text)) tf.set(t, (tf.get(t) ?? 0) + 1)
  return tf
}
