import type { QueryClient } from '@tanstack/react-query'
import { api, data } from '../../api/client'
import type { CursorPage } from '../../features/console/cursor-list'
import { thisYear } from '../../features/console/figures'
import { eventQuery, eventSessionsQuery, planningQuery } from '../../features/events/events.queries'
import { capabilityFilters, directorySearch, figureSearch, mailSearch, needFilters } from './console-search'

// What each console screen shows first, asked for by its route's loader while the screen's code is
// still loading; the screen reads the same queries. Keys are built from the validated filters, so
// the loader and the screen name the same data.

export interface CursorList<T> { key: readonly unknown[]; fetch: (cursor: string | undefined) => Promise<CursorPage<T>> }
// A screenful (25 rows at 1366×768 and a little more): the first page renders fast, the next comes on 加载更多.
const page = (cursor: string | undefined) => ({ limit: 25, ...(cursor ? { cursor } : {}) })

export const organizationsList = (search: Record<string, unknown>) => {
  const f = directorySearch(search)
  return { key: ['organizations', 'directory', f], fetch: (cursor: string | undefined) => data(api.GET('/api/v1/organizations', { params: { query: { ...f, ...page(cursor) } as never } })) }
}
export const needsList = (search: Record<string, unknown>) => {
  const f = needFilters(search)
  return { key: ['needs', 'console', f], fetch: (cursor: string | undefined) => data(api.GET('/api/v1/needs', { params: { query: { ...f, ...page(cursor) } as never } })) }
}
export const capabilitiesList = (search: Record<string, unknown>) => {
  const f = capabilityFilters(search)
  return { key: ['capabilities', 'console', f], fetch: (cursor: string | undefined) => data(api.GET('/api/v1/capabilities', { params: { query: { ...f, ...page(cursor) } as never } })) }
}
export const outboxList = (search: Record<string, unknown>) => {
  const f = mailSearch(search)
  return { key: ['outbox', f], fetch: (cursor: string | undefined) => data(api.GET('/api/v1/outbox', { params: { query: { ...f, ...page(cursor) } as never } })) }
}

export function prefetchList<T>(queryClient: QueryClient, list: CursorList<T>) {
  void queryClient.prefetchInfiniteQuery({ queryKey: list.key, queryFn: ({ pageParam }) => list.fetch(pageParam as string | undefined), initialPageParam: undefined as string | undefined, getNextPageParam: (last: CursorPage<T>) => last.nextCursor ?? undefined })
}

/** The reports' period and filters as the figures page reads them from its URL. */
export function figuresQuery(search: Record<string, unknown>) {
  const f = figureSearch(search)
  const year = thisYear()
  return { from: f.from ?? year.from, to: f.to ?? year.to, ...(f.county ? { county: f.county } : {}), ...(f.industryChain ? { industryChain: f.industryChain } : {}) }
}
export const summaryQuery = (query: ReturnType<typeof figuresQuery>) => ({ queryKey: ['reports', 'summary', query], queryFn: () => data(api.GET('/api/v1/reports/summary', { params: { query } })) })
export const funnelQuery = (query: { from: string; to: string; county?: string; industryChain?: string }) => ({ queryKey: ['reports', 'funnel', query], queryFn: () => data(api.GET('/api/v1/reports/funnel', { params: { query } })) })

export const needMatchesQuery = (needId: string, limit = 20) => ({ queryKey: ['need', needId, 'matches', limit], queryFn: () => data(api.GET('/api/v1/needs/{id}/matches', { params: { path: { id: needId }, query: { limit } } })) })

export function prefetchEvent(queryClient: QueryClient, id: string) {
  for (const q of [eventQuery(id), eventSessionsQuery(id), planningQuery(id)]) void queryClient.prefetchQuery(q as never)
}
