import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type EventView = Schemas['Event']
export type Session = Schemas['Session']
export type Planning = Schemas['Planning']
export type Proposal = Schemas['ScheduleProposal']

export const eventsQuery = { queryKey: ['events'], queryFn: () => data(api.GET('/api/v1/events')) } as const
export const useEvents = () => useQuery(eventsQuery)
export const eventQuery = (id: string) => ({ queryKey: ['event', id], queryFn: () => data(api.GET('/api/v1/events/{id}', { params: { path: { id } } })) })
export const eventSessionsQuery = (id: string) => ({ queryKey: ['event', id, 'sessions'], queryFn: () => data(api.GET('/api/v1/events/{id}/sessions', { params: { path: { id } } })) })
export const planningQuery = (id: string) => ({ queryKey: ['event', id, 'planning'], queryFn: () => data(api.GET('/api/v1/events/{id}/planning', { params: { path: { id } } })) })

export const useEvent = (id: string) => useQuery(eventQuery(id))
export const useEventSessions = (id: string) => useQuery(eventSessionsQuery(id))
export const usePlanning = (id: string) => useQuery(planningQuery(id))

/** After any change to an event's timetable: its sessions, what is left to place, and the lists that count them. */
export function useRefreshEvent(id: string) {
  const queryClient = useQueryClient()
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ['event', id] }),
    queryClient.invalidateQueries({ queryKey: ['events'] }),
    queryClient.invalidateQueries({ queryKey: ['needs'] }),
  ])
}

export const SESSION_STATUS: Record<string, { zh: string; en: string; color: string }> = {
  proposed: { zh: '待确认', en: 'Proposed', color: 'default' },
  confirmed: { zh: '已确认', en: 'Confirmed', color: 'blue' },
  rescheduled: { zh: '已改期', en: 'Rescheduled', color: 'orange' },
  cancelled: { zh: '已取消', en: 'Cancelled', color: 'default' },
  held: { zh: '已举行', en: 'Held', color: 'green' },
  no_show: { zh: '未到场', en: 'No-show', color: 'red' },
}

export const EVENT_STATUS: Record<string, { zh: string; en: string; color: string }> = {
  planning: { zh: '筹备中', en: 'Planning', color: 'default' },
  published: { zh: '已发布', en: 'Published', color: 'blue' },
  closed: { zh: '已结束', en: 'Closed', color: 'green' },
  cancelled: { zh: '已取消', en: 'Cancelled', color: 'red' },
}

export const KIND: Record<string, { zh: string; en: string }> = { on_site: { zh: '现场', en: 'On site' }, online: { zh: '线上', en: 'Online' }, hybrid: { zh: '线上线下', en: 'Hybrid' } }
