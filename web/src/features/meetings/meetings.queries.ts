import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, data, type Schemas } from '../../api/client'

export type MeetingRequest = Schemas['MeetingRequest']
export type Participants = Schemas['EventParticipants']
export type Preference = 'must_meet' | 'meet' | 'no_thanks'

export const meetingRequestsQuery = (query: { eventId?: string; status?: 'pending' }) => ({
  queryKey: ['meeting-requests', query],
  queryFn: () => data(api.GET('/api/v1/meeting-requests', { params: { query } })),
})
export const participantsQuery = (eventId: string) => ({
  queryKey: ['event', eventId, 'participants'],
  queryFn: () => data(api.GET('/api/v1/events/{id}/participants', { params: { path: { id: eventId } } })),
})
export const useMeetingRequests = (query: { eventId?: string; status?: 'pending' }) => useQuery(meetingRequestsQuery(query))
export const useParticipants = (eventId: string) => useQuery(participantsQuery(eventId))

/** After a request, an answer or a preference: the lists that show them, and the matches and needs they move. */
export function useRefreshMeetings(eventId: string) {
  const queryClient = useQueryClient()
  return () => Promise.all(['meeting-requests', 'needs', 'need', 'matches'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })).concat(queryClient.invalidateQueries({ queryKey: ['event', eventId] })))
}

export const REQUEST_STATUS: Record<MeetingRequest['status'], { zh: string; en: string; color: string }> = {
  pending: { zh: '待答复', en: 'Waiting', color: 'gold' },
  accepted: { zh: '已接受', en: 'Accepted', color: 'green' },
  declined: { zh: '已谢绝', en: 'Declined', color: 'default' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn', color: 'default' },
}

export const PREFERENCE: Record<Preference, { zh: string; en: string }> = {
  must_meet: { zh: '必须见', en: 'Must meet' },
  meet: { zh: '愿意见', en: 'Would meet' },
  no_thanks: { zh: '不必安排', en: 'No thanks' },
}
