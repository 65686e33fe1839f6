import type { ColumnType, Selectable } from 'kysely'

export type MailKind = 'invite' | 'update' | 'cancellation' | 'reminder' | 'follow_up'

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
  status: ColumnType<'pending' | 'sending' | 'sent' | 'failed', 'pending' | undefined, 'pending' | 'sending' | 'sent' | 'failed'>
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
  tokenHash: string
  createdAt: Date
  respondedAt: Date | null
  held: boolean | null
  usefulness: number | null
  intention: boolean | null
  nextStep: string | null
  confirmedBy: ColumnType<string | null, never, string | null>
  confirmedAt: ColumnType<Date | null, never, Date | null>
  intentionId: ColumnType<string | null, never, string | null>
}
