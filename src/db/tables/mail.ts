import type { ColumnType, Selectable } from 'kysely'

export type MailKind = 'invite' | 'update' | 'cancellation' | 'reminder' | 'follow_up' | 'answer_digest' | 'invitation' | 'password_reset' | 'sign_in_code' | 'interest' | 'meeting_request'

/** superseded: a newer version of the same calendar thread was queued before this one went out. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'superseded'

export interface OutboxTable {
  id: string
  kind: MailKind
  dedupeKey: string
  messageId: string
  toEmail: string
  toName: string
  subject: string
  html: string
  text: string
  ics: string | null
  icsMethod: 'REQUEST' | 'CANCEL' | null
  /** One calendar object for one recipient (session and person): its versions go out in SEQUENCE order, never an older after a newer. */
  thread: ColumnType<string | null, string | null | undefined, string | null>
  sequence: ColumnType<number | null, number | null | undefined, number | null>
  /** The dispatcher that holds the lease while sending (its instance name). */
  leasedBy: ColumnType<string | null, string | null | undefined, string | null>
  status: ColumnType<OutboxStatus, 'pending' | undefined, OutboxStatus>
  attempts: ColumnType<number, number | undefined, number>
  nextAttemptAt: Date
  lastError: string | null
  sentAt: Date | null
  createdAt: Date
}
export type OutboxRow = Selectable<OutboxTable>

export interface MailAttemptsTable {
  id: string
  outboxId: string
  at: Date
  ok: boolean
  error: string | null
}

export interface CalendarFeedsTable {
  id: string
  personId: string
  tokenHash: string
  createdAt: Date
  revokedAt: Date | null
}

export interface FollowUpsTable {
  id: string
  sessionId: string
  personId: string
  /** Links sent before they were signed; null for every follow-up since. */
  tokenHash: string | null
  createdAt: Date
  respondedAt: Date | null
  held: boolean | null
  usefulness: number | null
  intention: boolean | null
  nextStep: string | null
  confirmedBy: ColumnType<string | null, never, string | null>
  confirmedAt: ColumnType<Date | null, never, Date | null>
  intentionId: ColumnType<string | null, never, string | null>
  /** Raised by a resend: a link carries the version it was made for, so older links stop working. */
  linkVersion: ColumnType<number, number | undefined, number>
}

export interface AppSecretsTable {
  name: string
  value: string
  createdAt: Date
}
