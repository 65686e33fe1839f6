import type { QueryClient } from '@tanstack/react-query'
import { meQuery, type Me } from '../../api/queries'
import { capabilitiesQuery } from '../../features/capabilities/capabilities.queries'
import { needsQuery } from '../../features/needs/needs.queries'
import { mySessionsQuery } from '../../features/sessions/sessions.queries'
import { eventsQuery } from '../../features/events/events.queries'
import { thisYear } from '../../features/console/figures'
import { funnelQuery } from '../console/console.data'

// What the 工作台 shows is asked for as soon as it is known who is signed in, while the page's own
// code is still loading: the route's loader starts it, the page reads the same queries.

/** A society's secretary keeps the experts' diary; everyone else their own. */
export const sessionScope = (me: Me) => (me.role === 'provider' ? 'organization' : 'mine')

export function prefetchDashboard(queryClient: QueryClient) {
  queryClient.ensureQueryData(meQuery).then((me) => {
    if (me.role === 'coordinator') {
      // The console's home: its code and the year's funnel, both at once.
      void import('./ConsoleHome')
      void queryClient.prefetchQuery(funnelQuery(thisYear()))
      void queryClient.prefetchQuery(eventsQuery)
      return
    }
    void queryClient.prefetchQuery(mySessionsQuery(sessionScope(me)))
    if (!me.organizationId) return
    if (me.role === 'enterprise') void queryClient.prefetchQuery(needsQuery({ organizationId: me.organizationId }))
    if (me.role === 'provider') void queryClient.prefetchQuery(capabilitiesQuery({ organizationId: me.organizationId }))
  }, () => undefined) // not signed in: the shell sends them to sign in
}
