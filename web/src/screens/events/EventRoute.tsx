import { lazy, Suspense } from 'react'
import { useMe } from '../../api/queries'
import { Loading } from '../../features/common/states'

// /events/$eventId is one address for everyone (the e-mails link to it): the console's event for
// coordinators, the participant's view of it for everyone else. Each loads only for whom it is.
const ConsoleEvent = lazy(() => import('../console/events/EventPage').then((m) => ({ default: m.EventPage })))
const ParticipantEvent = lazy(() => import('./ParticipantEventPage').then((m) => ({ default: m.ParticipantEventPage })))

export function EventRoute() {
  const me = useMe().data!
  return <Suspense fallback={<Loading />}>{me.role === 'coordinator' ? <ConsoleEvent /> : <ParticipantEvent />}</Suspense>
}
