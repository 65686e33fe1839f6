import type { Db } from './db/database.ts'
import type { Config } from './config.ts'
import { uuidv7 } from './ids.ts'
import type { WebPages } from './http/pages.types.ts'
import type { ResidentCatalogue } from './matching/resident-catalogue.ts'
import { embeddingsClient, type EmbeddingsClient } from './matching/embeddings.ts'

/** What the app needs from outside; tests build their own. */
export interface Deps {
  db: Db
  /** The clock, injected so time-dependent rules can be tested. */
  now: () => Date
  maxBodyBytes: number
  /** Who invites and e-mails come from. */
  mailFrom: { name: string; email: string }
  /**
   * The mailbox the platform reads (JINQIAO_REPLY_TO; the From address when unset): every
   * invite's ORGANIZER and Reply-To, so calendar clients' answers come back here.
   */
  replyTo?: string
  /** Where people reach the server: links in e-mails and calendar feeds start here. */
  publicUrl: string
  /** The association running the programme: e-mails are signed with its name and contact. */
  association?: Association
  /** How many days after a session its follow-up link still works (JINQIAO_FOLLOW_UP_DAYS). */
  followUpDays?: number
  /** Signs sign-in sessions (JINQIAO_AUTH_SECRET); by default a secret kept in the database. */
  authSecret?: string
  /** The built web app; without it the root redirects to the API reference. */
  pages?: WebPages
  /** The capability catalogue kept in memory for matching (Node); without it, matching reads the database's index. */
  catalogue?: ResidentCatalogue
  /** The optional semantic re-ranker's embeddings endpoint (JINQIAO_EMBEDDINGS_URL). */
  embeddings?: EmbeddingsClient
}

export interface Association {
  name: string
  contact: string | null
}

export const DEFAULT_FOLLOW_UP_DAYS = 30

export const DEFAULT_ASSOCIATION: Association = { name: '科学技术协会', contact: null }

/** Everything an action needs: the database handle (or transaction), the time, new ids. */
export interface ActionContext {
  db: Db
  now: () => Date
  newId: () => string
  mailFrom: { name: string; email: string }
  replyTo: string
  publicUrl: string
  association: Association
  followUpDays: number
  catalogue?: ResidentCatalogue
  embeddings?: EmbeddingsClient
}

export function actionContext(deps: Deps): ActionContext {
  return {
    db: deps.db, now: deps.now, newId: () => uuidv7(deps.now().getTime()), mailFrom: deps.mailFrom, replyTo: deps.replyTo ?? deps.mailFrom.email,
    publicUrl: deps.publicUrl.replace(/\/+$/, ''), association: deps.association ?? DEFAULT_ASSOCIATION, followUpDays: deps.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
    ...(deps.catalogue ? { catalogue: deps.catalogue } : {}),
    ...(deps.embeddings ? { embeddings: deps.embeddings } : {}),
  }
}

/** The settings every entry point (Node, Workers) takes from the environment. */
export function depsFromConfig(db: Db, config: Config): Deps {
  return {
    db, now: () => new Date(), maxBodyBytes: config.JINQIAO_MAX_BODY_BYTES,
    mailFrom: { name: config.JINQIAO_MAIL_FROM_NAME, email: config.JINQIAO_MAIL_FROM }, replyTo: config.JINQIAO_REPLY_TO ?? config.JINQIAO_MAIL_FROM,
    publicUrl: config.JINQIAO_PUBLIC_URL, association: { name: config.JINQIAO_ASSOCIATION_NAME, contact: config.JINQIAO_ASSOCIATION_CONTACT ?? null },
    followUpDays: config.JINQIAO_FOLLOW_UP_DAYS, ...(config.JINQIAO_AUTH_SECRET ? { authSecret: config.JINQIAO_AUTH_SECRET } : {}),
    ...(config.JINQIAO_EMBEDDINGS_URL ? { embeddings: embeddingsClient({ url: config.JINQIAO_EMBEDDINGS_URL, model: config.JINQIAO_EMBEDDINGS_MODEL, key: config.JINQIAO_EMBEDDINGS_KEY }) } : {}),
  }
}
