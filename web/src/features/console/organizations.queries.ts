import { useQuery } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type Organization = Schemas['Organization']

/**
 * Every organisation's name, kind and county, read page by page: what the invitation picker and
 * the directory's look-ups need. Thousands of rows are a few requests, kept for five minutes.
 */
export function useAllOrganizations(enabled = true) {
  return useQuery({
    queryKey: ['organizations', 'all'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const all: Organization[] = []
      let cursor: string | undefined
      for (let page = 0; page < 100; page++) {
        const d = await data(api.GET('/api/v1/organizations', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))
        all.push(...d.items)
        if (!d.nextCursor) break
        cursor = d.nextCursor
      }
      return all
    },
  })
}
