/** The constraint a PostgreSQL unique violation (23505) names, if the error is one. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: unknown; constraint?: unknown }
  return e?.code === '23505' ? String(e.constraint ?? '') : undefined
}
