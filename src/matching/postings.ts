import type { CorpusStats, DocTerms } from './text.ts'

// An inverted index in typed arrays: for each token, the slots of the documents holding it and
// its field-weighted frequency there, in slot order. The postings of 100,000 capabilities of ~80
// tokens each take about 100 MB, where a Map per document would take several times that.

export class List {
  slots = new Int32Array(4)
  tfs = new Float32Array(4)
  n = 0
  push(slot: number, tf: number) {
    if (this.n === this.slots.length) {
      const slots = new Int32Array(this.n * 2)
      slots.set(this.slots)
      this.slots = slots
      const tfs = new Float32Array(this.n * 2)
      tfs.set(this.tfs)
      this.tfs = tfs
    }
    this.slots[this.n] = slot
    this.tfs[this.n++] = tf
  }
  /** The frequency in this slot, or 0: a binary search, the slots being ascending. */
  tfAt(slot: number): number {
    let lo = 0
    let hi = this.n - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = this.slots[mid]!
      if (s === slot) return this.tfs[mid]!
      if (s < slot) lo = mid + 1
      else hi = mid - 1
    }
    return 0
  }
}

export class Postings {
  #tokenIds = new Map<string, number>()
  #tokens: string[] = []
  #lists: List[] = []
  #df: number[] = []
  #docTokens: Int32Array[] = []
  #lengths = new Float64Array(1024)
  #norms = new Float64Array(1024)
  #normsFor = -1
  #live: boolean[] = []
  #liveDocs = 0
  #totalLength = 0
  #postingCount = 0
  #deadPostings = 0
  readonly stats: CorpusStats

  constructor() {
    const self = this
    this.stats = {
      get docs() { return self.#liveDocs },
      get avgLength() { return self.#liveDocs > 0 ? self.#totalLength / self.#liveDocs : 0 },
      df: (token) => { const id = this.#tokenIds.get(token); return id === undefined ? 0 : this.#df[id]! },
    }
  }

  get liveDocs(): number { return this.#liveDocs }
  get slotCount(): number { return this.#live.length }
  get deadShare(): number { return this.#postingCount > 1000 ? this.#deadPostings / this.#postingCount : 0 }

  isLive(slot: number): boolean { return this.#live[slot] === true }

  /** Every slot's BM25 length normalisation at the current average length, kept until it moves. */
  norms(normOf: (length: number) => number): Float64Array {
    const avg = this.stats.avgLength
    if (this.#normsFor !== avg) {
      for (let slot = 0; slot < this.#live.length; slot++) this.#norms[slot] = normOf(this.#lengths[slot]!)
      this.#normsFor = avg
    }
    return this.#norms
  }
  list(token: string): Readonly<List> | undefined {
    const id = this.#tokenIds.get(token)
    return id === undefined ? undefined : this.#lists[id]
  }

  /** A new document; returns its slot. */
  add(terms: DocTerms): number {
    const slot = this.#live.length
    const ids = new Int32Array(terms.tf.size)
    let i = 0
    for (const [token, tf] of terms.tf) {
      let id = this.#tokenIds.get(token)
      if (id === undefined) {
        id = this.#lists.length
        this.#tokenIds.set(token, id)
        this.#tokens.push(token)
        this.#lists.push(new List())
        this.#df.push(0)
      }
      this.#lists[id]!.push(slot, tf)
      this.#df[id]!++
      ids[i++] = id
    }
    this.#docTokens[slot] = ids
    if (slot === this.#lengths.length) {
      const lengths = new Float64Array(slot * 2)
      lengths.set(this.#lengths)
      this.#lengths = lengths
      this.#norms = new Float64Array(slot * 2)
    }
    this.#lengths[slot] = terms.length
    this.#normsFor = -1
    this.#live[slot] = true
    this.#liveDocs++
    this.#totalLength += terms.length
    this.#postingCount += ids.length
    return slot
  }

  /** Takes a document out: its postings stay, skipped, until the owner rebuilds. */
  remove(slot: number): void {
    if (!this.#live[slot]) return
    this.#live[slot] = false
    for (const id of this.#docTokens[slot]!) this.#df[id]!--
    this.#liveDocs--
    this.#totalLength -= this.#lengths[slot]!
    this.#normsFor = -1
    this.#deadPostings += this.#docTokens[slot]!.length
  }

  /** Every token of the document with its frequency, and its length. */
  allTermsOf(slot: number): DocTerms {
    const tf = new Map<string, number>()
    for (const id of this.#docTokens[slot]!) tf.set(this.#tokens[id]!, this.#lists[id]!.tfAt(slot))
    return { tf, length: this.#lengths[slot]! }
  }

  /** The lists of these tokens that any document holds: looked up once for many documents. */
  listsOf(tokens: Iterable<string>): [string, Readonly<List>][] {
    const lists: [string, Readonly<List>][] = []
    for (const token of tokens) {
      const list = this.list(token)
      if (list) lists.push([token, list])
    }
    return lists
  }

  /** The document's frequencies in these lists, and its length. */
  termsIn(slot: number, lists: readonly [string, Readonly<List>][]): DocTerms {
    const tf = new Map<string, number>()
    for (const [token, list] of lists) {
      const f = list.tfAt(slot)
      if (f > 0) tf.set(token, f)
    }
    return { tf, length: this.#lengths[slot]! }
  }
}
