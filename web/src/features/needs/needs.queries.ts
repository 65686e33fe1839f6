import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type NeedView = Schemas['NeedView']
export type Need = Schemas['Need']
export type NeedListQuery = { status?: string; organizationId?: string; county?: string; industryChain?: string; needType?: string; q?: string }

export const needsKey = (query: NeedListQuery) => ['needs', query] as const

export const needsQuery = (query: NeedListQuery) => ({
  queryKey: needsKey(query),
  queryFn: () => data(api.GET('/api/v1/needs', { params: { query: { ...query, limit: 100 } as never } })),
})

export function useNeeds(query: NeedListQuery, enabled = true) {
  return useQuery({ ...needsQuery(query), enabled, placeholderData: keepPreviousData })
}

export const useNeed = (id: string) => useQuery({ queryKey: ['need', id], queryFn: () => data(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })) })
export const useNeedHistory = (id: string) => useQuery({ queryKey: ['need', id, 'history'], queryFn: () => data(api.GET('/api/v1/needs/{id}/history', { params: { path: { id } } })) })
export const useNeedMatches = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['need', id, 'matches'], enabled, queryFn: () => data(api.GET('/api/v1/needs/{id}/matches', { params: { path: { id }, query: { limit: 10 } } })) })
