import type { Changes } from './changes.ts'

export interface HistoryEntryRow<Status extends string> {
  id: string
  actorId: string
  at: Date
  action: 'created' | 'updated' | 'status_changed'
  fromStatus: Status | null
  toStatus: Status | null
  changes: string
  reason: string | null
}

/**
 * The history rows one change of a catalogue record leaves: one for edited fields, one for a
 * status move (so the funnel can be counted from status rows alone), none for a no-op.
 */
export function historyEntries<Status extends string>(change: {
  changes: Changes
  fromStatus: Status
  toStatus: Status
  reason: string | undefined
  actorId: string
  at: Date
  newId: () => string
}): HistoryEntryRow<Status>[] {
  const { actorId, at, newId } = change
  const entries: HistoryEntryRow<Status>[] = []
  if (Object.keys(change.changes).length > 0) {
    entries.push({ id: newId(), actorId, at, action: 'updated', fromStatus: null, toStatus: null, changes: JSON.stringify(change.changes), reason: null })
  }
  if (change.fromStatus !== change.toStatus) {
    entries.push({ id: newId(), actorId, at, action: 'status_changed', fromStatus: change.fromStatus, toStatus: change.toStatus, changes: '{}', reason: change.reason ?? null })
  }
  return entries
}

/** The row that opens a record's history. */
export function createdEntry<Status extends string>(status: Status, actorId: string, at: Date, id: string): HistoryEntryRow<Status> {
  return { id, actorId, at, action: 'created', fromStatus: null, toStatus: status, changes: '{}', reason: null }
}

/** History rows as the API shows them. */
export function presentHistory<Row extends { at: Date; changes: unknown }>(rows: Row[]) {
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), changes: r.changes as Changes }))
}
