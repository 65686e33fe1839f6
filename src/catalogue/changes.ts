export type Changes = Record<string, { from: unknown; to: unknown }>

/** The fields whose value an update really changes, with old and new values, for the history. */
export function changedFields(before: Record<string, unknown>, update: Record<string, unknown>): Changes {
  const changes: Changes = {}
  for (const [field, to] of Object.entries(update)) {
    if (to === undefined) continue
    const from = before[field] ?? null
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to }
  }
  return changes
}
