import type { Db } from './db/database.ts'
import { uuidv7 } from './ids.ts'

/** What the app needs from outside; tests build their own. */
export interface Deps {
  db: Db
  /** The clock, injected so time-dependent rules can be tested. */
  now: () => Date
  maxBodyBytes: number
  /** Who invites and e-mails come from (and the invite's organizer when the coordinator has no address). */
  mailFrom: { name: string; email: string }
  /** Where people reach the server: links in e-mails and calendar feeds start here. */
  publicUrl: string
  /** The association running the programme: e-mails are signed with its name and contact. */
  association?: Association
}

export interface Association {
  name: string
  contact: string | null
}

export const DEFAULT_ASSOCIATION: Association = { name: '科学技术协会', contact: null }

/** Everything an action needs: the database handle (or transaction), the time, new ids. */
export interface ActionContext {
  db: Db
  now: () => Date
  newId: () => string
  mailFrom: { name: string; email: string }
  publicUrl: string
  association: Association
}

export function actionContext(deps: Deps): ActionContext {
  return { db: deps.db, now: deps.now, newId: () => uuidv7(deps.now().getTime()), mailFrom: deps.mailFrom, publicUrl: deps.publicUrl.replace(/\/+$/, ''), association: deps.association ?? DEFAULT_ASSOCIATION }
}
