import { useNavigate, useRouterState } from '@tanstack/react-router'

// A console list's filters live in its URL: a filtered list is a link to keep or send, and the
// back button undoes a filter. Only short text values pass; anything else is dropped.

export type Filters<K extends string> = Partial<Record<K, string>>

export function filtersOf<K extends string>(keys: readonly K[]) {
  return (s: Record<string, unknown>): Filters<K> => {
    const found: Filters<K> = {}
    for (const key of keys) {
      const value = s[key]
      if (typeof value === 'string' && value.length > 0 && value.length < 200) found[key] = value
      else if (typeof value === 'number') found[key] = String(value)
    }
    return found
  }
}

/** The page's filters and a way to change some of them; empty values leave the URL. */
export function useUrlFilters<K extends string>(): [Filters<K>, (patch: Filters<K> | Record<K, string | undefined>) => void] {
  const all: Record<string, unknown> = useRouterState({ select: (state) => state.location.search as Record<string, unknown> })
  const search = all as Filters<K>
  const navigate = useNavigate()
  const set = (patch: Partial<Record<K, string | undefined>>) =>
    void navigate({ to: '.', replace: true, search: (old: Record<string, unknown>) => Object.fromEntries(Object.entries({ ...old, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as never })
  return [search, set]
}

/** The filters as API query parameters. */
export const queryOf = <K extends string>(filters: Filters<K>) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<K, string>
