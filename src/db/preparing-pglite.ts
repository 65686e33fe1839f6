import { parse, PGlite, protocol, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite'
import { plans, resultTypeChanged } from './prepared-statements.ts'

/** How many statements stay prepared: the app has a few hundred texts, `in` lists one per length. */
const PREPARED_KEPT = 300

const { serialize } = protocol
const joined = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

interface Prepared {
  name: string
  paramTypes: number[]
}

/**
 * PGlite whose `query` prepares each statement once, by name, and then only binds and executes
 * it, as node-postgres does with named statements and JDBC by default. PGlite's own `query` parses,
 * plans and describes every statement anew, in four calls into its WASM: a lookup by index took
 * 182 µs that way and 66 µs prepared (measured in one process, 2,000 runs each). Parameters are
 * serialised and rows parsed by PGlite's own serialisers and parsers, by the types the statement's
 * description gives, exactly as its `query` does. The oldest statements are closed beyond
 * `PREPARED_KEPT`; one prepared before a table changed is prepared again.
 */
export class PreparingPGlite extends PGlite {
  #prepared = new Map<string, Prepared>()
  #named = 0

  override async query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    if (!preparable(text, options)) return super.query<T>(text, params, options)
    await this._checkReady()
    const results = await this._runExclusiveTransaction(() => this.#run<T>(text, params ?? [], options))
    await this.syncToFs()
    return results
  }

  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => callback(Object.create(tx, {
      query: {
        value: <R>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<R>> => {
          if (!preparable(text, options)) return tx.query<R>(text, params, options)
          if (tx.closed) throw new Error('Transaction is closed')
          return this.#run<R>(text, params ?? [], options)
        },
      },
    }) as Transaction))
  }

  /** The statement bound and executed; once more, prepared anew, if its table changed since it was prepared. */
  async #run<T>(text: string, params: unknown[], options: QueryOptions | undefined): Promise<Results<T>> {
    try {
      return await this._runExclusiveQuery(() => this.#execute<T>(text, params, options))
    } catch (error) {
      if (!resultTypeChanged(error)) throw error
      return this._runExclusiveQuery(async () => {
        await this.#close(text)
        return this.#execute<T>(text, params, options)
      })
    }
  }

  async #execute<T>(text: string, params: unknown[], options: QueryOptions | undefined): Promise<Results<T>> {
    const statement = await this.#statementFor(text)
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null
      const type = statement.paramTypes[i]!
      const serializer = options?.serializers?.[type] ?? this.serializers[type]
      return serializer ? serializer(value) : String(value)
    })
    const { messages } = await this.execProtocol(joined([
      serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync(),
    ]), { syncToFs: false })
    return parse.parseResults(messages, this.parsers, options)[0] as Results<T>
  }

  /** The statement prepared for this text, prepared now if it is not (the least recently used closed beyond the limit). */
  async #statementFor(text: string): Promise<Prepared> {
    const known = this.#prepared.get(text)
    if (known) {
      this.#prepared.delete(text)
      this.#prepared.set(text, known)
      return known
    }
    if (this.#prepared.size >= PREPARED_KEPT) await this.#close(this.#prepared.keys().next().value!)
    const name = `jinqiao_${this.#named++}`
    const { messages } = await this.execProtocol(joined([serialize.parse({ text, name }), serialize.describe({ type: 'S', name }), serialize.sync()]), { syncToFs: false })
    const description = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined
    const prepared = { name, paramTypes: description?.dataTypeIDs ?? [] }
    this.#prepared.set(text, prepared)
    return prepared
  }

  async #close(text: string): Promise<void> {
    const prepared = this.#prepared.get(text)
    if (!prepared) return
    this.#prepared.delete(text)
    await this.execProtocol(joined([serialize.close({ type: 'S', name: prepared.name }), serialize.sync()]), { syncToFs: false })
  }
}

const preparable = (text: string, options: QueryOptions | undefined) => plans(text) && !options?.blob && !options?.paramTypes
