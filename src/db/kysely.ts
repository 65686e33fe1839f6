import { CamelCasePlugin, Kysely, type Dialect } from 'kysely'
import type { Database } from './database.ts'

/** Our Kysely handle for any dialect: camelCase in code, snake_case in SQL. */
export function kyselyFor(dialect: Dialect): Kysely<Database> {
  return new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] })
}

/** Type OIDs whose default parsing we change on both drivers. */
export const INT8_OID = 20
export const DATE_OID = 1082
