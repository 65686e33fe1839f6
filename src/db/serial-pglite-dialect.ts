import { PGliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely'

/**
 * PGlite has one connection. Kysely's PGlite driver hands it to every caller at once, so a
 * query from one request could run inside another request's open transaction (and be rolled
 * back with it). This driver queues callers so a transaction owns the connection until it ends.
 */
export class SerialPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerialDriver(super.createDriver())
  }
}

class SerialDriver implements Driver {
  #inner: Driver
  #queue: Promise<void> = Promise.resolve()
  #release: (() => void) | undefined

  constructor(inner: Driver) {
    this.#inner = inner
  }
  init(): Promise<void> {
    return this.#inner.init()
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue
    let release!: () => void
    this.#queue = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.#release = release
    return this.#inner.acquireConnection()
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection)
    const release = this.#release
    this.#release = undefined
    release?.()
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings)
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection)
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection)
  }
  savepoint: Driver['savepoint'] = (connection, name, compile) => this.#inner.savepoint!(connection, name, compile)
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (connection, name, compile) =>
    this.#inner.rollbackToSavepoint!(connection, name, compile)
  releaseSavepoint: Driver['releaseSavepoint'] = (connection, name, compile) =>
    this.#inner.releaseSavepoint!(connection, name, compile)
  destroy(): Promise<void> {
    return this.#inner.destroy()
  }
}
