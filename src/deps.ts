import type { Db } from './db/database.ts'
import { uuidv7 } from './ids.ts'

/** What the app needs from outside; tests build their own. */
export interface Deps {
  db: Db
  /** The clock, injected so time-dependent rules can be tested. */
  now: () => Date
  maxBodyBytes: number
}

/** Everything an action needs: the database handle (or transaction), the time, new ids. */
export interface ActionContext {
  db: Db
  now: () => Date
  newId: () => string
}

export function actionContext(deps: Deps): ActionContext {
  return { db: deps.db, now: deps.now, newId: () => uuidv7(deps.now().getTime()) }
}
