import { useQuery } from '@tanstack/react-query'
import { api, data } from '../../api/client'

/** The people of an organisation, for choosing a contact or an expert. */
export function useColleagues(organizationId: string | null | undefined) {
  return useQuery({
    queryKey: ['people', organizationId],
    enabled: !!organizationId,
    queryFn: () => data(api.GET('/api/v1/people', { params: { query: { organizationId: organizationId!, limit: 100 } as never } })),
  })
}
