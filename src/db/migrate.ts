import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration'
import type { Db } from './database.ts'
import * as catalogue from '../../db/migrations/2026-11-23-01-catalogue.ts'
import * as matching from '../../db/migrations/2026-11-23-02-matching.ts'
import * as events from '../../db/migrations/2026-11-23-03-events.ts'
import * as mail from '../../db/migrations/2026-11-23-04-mail.ts'
import * as feeds from '../../db/migrations/2026-11-23-05-feeds-follow-ups.ts'
import * as groups from '../../db/migrations/2026-11-23-06-group-sessions.ts'
import * as outcomes from '../../db/migrations/2026-11-23-07-outcomes.ts'
import * as confirmation from '../../db/migrations/2026-11-23-08-follow-up-confirmation.ts'
import * as trackRecordIndexes from '../../db/migrations/2026-11-23-09-track-record-indexes.ts'
import * as placesAndChains from '../../db/migrations/2026-12-02-01-places-and-chains.ts'
import * as eventCancellation from '../../db/migrations/2026-12-02-02-event-cancellation.ts'
import * as answers from '../../db/migrations/2026-12-02-03-answers.ts'
import * as security from '../../db/migrations/2026-12-02-04-security.ts'
import * as signIn from '../../db/migrations/2026-12-02-05-sign-in.ts'
import * as consoleScreens from '../../db/migrations/2026-12-03-01-console.ts'
import * as interests from '../../db/migrations/2026-12-03-02-interests.ts'
import * as preferences from '../../db/migrations/2026-12-03-03-preferences.ts'
import * as meetingRequests from '../../db/migrations/2026-12-03-04-meeting-requests.ts'
import * as capabilityChanges from '../../db/migrations/2026-12-04-01-capability-changes.ts'
import * as learnedTerms from '../../db/migrations/2026-12-04-02-learned-terms.ts'
import * as embeddings from '../../db/migrations/2026-12-04-03-embeddings.ts'
import * as matchingInputs from '../../db/migrations/2026-12-07-01-matching-inputs.ts'

// A static list, not a folder scan: the Workers build has no file system.
const migrations: Record<string, Migration> = {
  '2026-11-23-01-catalogue': catalogue,
  '2026-11-23-02-matching': matching,
  '2026-11-23-03-events': events,
  '2026-11-23-04-mail': mail,
  '2026-11-23-05-feeds-follow-ups': feeds,
  '2026-11-23-06-group-sessions': groups,
  '2026-11-23-07-outcomes': outcomes,
  '2026-11-23-08-follow-up-confirmation': confirmation,
  '2026-11-23-09-track-record-indexes': trackRecordIndexes,
  '2026-12-02-01-places-and-chains': placesAndChains,
  '2026-12-02-02-event-cancellation': eventCancellation,
  '2026-12-02-03-answers': answers,
  '2026-12-02-04-security': security,
  '2026-12-02-05-sign-in': signIn,
  '2026-12-03-01-console': consoleScreens,
  '2026-12-03-02-interests': interests,
  '2026-12-03-03-preferences': preferences,
  '2026-12-03-04-meeting-requests': meetingRequests,
  '2026-12-04-01-capability-changes': capabilityChanges,
  '2026-12-04-02-learned-terms': learnedTerms,
  '2026-12-04-03-embeddings': embeddings,
  '2026-12-07-01-matching-inputs': matchingInputs,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export class MigrationError extends Error {}

/**
 * Brings the schema up to date; throws with the failing migration's name and cause. With `schema`,
 * the migration record lives in that schema too, so a database whose public schema is already
 * migrated does not make a fresh schema look migrated.
 */
export async function migrateToLatest(db: Db, options: { schema?: string } = {}): Promise<MigrationResultSet> {
  const result = await new Migrator({ db, provider, ...(options.schema ? { migrationTableSchema: options.schema } : {}) }).migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new MigrationError(`migration ${failed} failed: ${String(result.error)}`, { cause: result.error })
  }
  return result
}
