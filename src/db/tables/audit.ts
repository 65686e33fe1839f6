export type AuditEntity = 'organization' | 'person' | 'token' | 'event' | 'session' | 'availability' | 'vocabulary' | 'calendar_feed' | 'follow_up' | 'match' | 'mail'

/** Who changed what, when: for every record without a history of its own (needs, capabilities and outcomes keep theirs). */
export interface AuditLogTable {
  id: string
  at: Date
  /** Null when no person did it: a calendar client's REPLY, a one-click link, a job. */
  actorId: string | null
  entity: AuditEntity
  entityId: string
  action: string
  changes: Record<string, unknown>
}
