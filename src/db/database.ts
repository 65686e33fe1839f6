import type { Kysely, Transaction } from 'kysely'
import type { AccessTokensTable, AuthSessionsTable, AuthUsersTable, InvitationsTable, OrganizationsTable, PeopleTable } from './tables/organizations.ts'
import type {
  CapabilitiesTable,
  CapabilityExpertsTable,
  CapabilityHistoryTable,
  NeedHistoryTable,
  NeedsTable,
  VocabularyTermsTable,
} from './tables/catalogue.ts'
import type { AvailabilityTable, EventInvitationsTable, EventPreferencesTable, MeetingRequestsTable, EventTablesTable, EventsTable, InboundRepliesTable, SessionAnswersTable, SessionAttendeesTable, SessionMatchesTable, SessionsTable, TimeRangeTable } from './tables/events.ts'
import type { AuditLogTable } from './tables/audit.ts'
import type { AppSecretsTable, CalendarFeedsTable, FollowUpsTable, MailAttemptsTable, OutboxTable } from './tables/mail.ts'
import type { AgreementsTable, IntentionsTable, OutcomeVersionsTable, ResolutionsTable } from './tables/outcomes.ts'
import type { CorpusStatsTable, EmbeddingsTable, LearnedTermsTable, MatchHistoryTable, MatchTermsTable, MatchesTable, NeedInterestsTable, TermStatsTable } from './tables/matching.ts'

/** Every table, in camelCase; the database itself is snake_case (CamelCasePlugin). */
export interface Database {
  organizations: OrganizationsTable
  people: PeopleTable
  accessTokens: AccessTokensTable
  needs: NeedsTable
  needHistory: NeedHistoryTable
  capabilities: CapabilitiesTable
  capabilityExperts: CapabilityExpertsTable
  capabilityHistory: CapabilityHistoryTable
  termStats: TermStatsTable
  corpusStats: CorpusStatsTable
  matchTerms: MatchTermsTable
  learnedTerms: LearnedTermsTable
  embeddings: EmbeddingsTable
  matches: MatchesTable
  needInterests: NeedInterestsTable
  matchHistory: MatchHistoryTable
  events: EventsTable
  eventDays: TimeRangeTable
  eventBreaks: TimeRangeTable
  eventTables: EventTablesTable
  eventInvitations: EventInvitationsTable
  availability: AvailabilityTable
  sessions: SessionsTable
  sessionAttendees: SessionAttendeesTable
  sessionMatches: SessionMatchesTable
  eventPreferences: EventPreferencesTable
  meetingRequests: MeetingRequestsTable
  sessionAnswers: SessionAnswersTable
  inboundReplies: InboundRepliesTable
  appSecrets: AppSecretsTable
  auditLog: AuditLogTable
  invitations: InvitationsTable
  authUsers: AuthUsersTable
  authSessions: AuthSessionsTable
  outbox: OutboxTable
  mailAttempts: MailAttemptsTable
  calendarFeeds: CalendarFeedsTable
  followUps: FollowUpsTable
  intentions: IntentionsTable
  agreements: AgreementsTable
  resolutions: ResolutionsTable
  outcomeVersions: OutcomeVersionsTable
  vocabularyTerms: VocabularyTermsTable
}

export type Db = Kysely<Database>
/** A handle that may be the root or a transaction: repositories take either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>
