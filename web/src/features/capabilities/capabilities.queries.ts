import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type CapabilityView = Schemas['CapabilityView']
export type Capability = Schemas['Capability']
export type NeedCandidate = Schemas['NeedCandidate']

export const capabilitiesQuery = (query: { organizationId?: string; status?: string }) => ({
  queryKey: ['capabilities', query],
  queryFn: () => data(api.GET('/api/v1/capabilities', { params: { query: { ...query, limit: 100 } as never } })),
})

export const useCapabilities = (query: { organizationId?: string; status?: string }, enabled = true) =>
  useQuery({ ...capabilitiesQuery(query), enabled, placeholderData: keepPreviousData })

export const useCapability = (id: string) =>
  useQuery({ queryKey: ['capability', id], queryFn: () => data(api.GET('/api/v1/capabilities/{id}', { params: { path: { id } } })) })

/** The published needs a capability could serve, best first, with the reasons. */
export const useCapabilityMatches = (id: string | undefined, limit = 10) =>
  useQuery({
    queryKey: ['capability', id, 'matches', limit], enabled: !!id,
    queryFn: () => data(api.GET('/api/v1/capabilities/{id}/matches', { params: { path: { id: id! }, query: { limit } } })),
  })
