import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type MySession = Schemas['MySession']

export const mySessionsQuery = (scope: 'mine' | 'organization') =>
  ({ queryKey: ['my-sessions', scope], queryFn: () => data(api.GET('/api/v1/me/sessions', { params: { query: { scope } } })) })

export const useMySessions = (scope: 'mine' | 'organization' = 'mine') => useQuery(mySessionsQuery(scope))

export function useRespond() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, response, personId }: { id: string; response: 'accepted' | 'declined'; personId?: string }) =>
      data(api.POST('/api/v1/sessions/{id}/respond', { params: { path: { id } }, body: { response, ...(personId ? { personId } : {}) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-sessions'] }),
  })
}

/** Sessions still to come (or under way), soonest first. */
export const upcoming = (items: MySession[], now = Date.now()) => items.filter((s) => Date.parse(s.endsAt) > now && s.status !== 'cancelled')
