import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet } from '@tanstack/react-router'
import { prefetchDashboard } from '../screens/dashboard/dashboard.data'
import { hallSearch } from '../screens/hall/hall-search'
import { NotFoundPage } from '../screens/NotFoundPage'
import { Shell } from './Shell'
import { meQuery } from '../api/queries'
import { capabilityFilters, directorySearch, eventSearch, figureSearch, mailSearch, matchingSearch, needFilters, outcomeSearch } from '../screens/console/console-search'
import { capabilitiesList, figuresQuery, funnelQuery, needMatchesQuery, needsList, organizationsList, outboxList, prefetchEvent, prefetchList, summaryQuery } from '../screens/console/console.data'

// Every screen but the shell loads when first opened, so the first page needs only its own code.
const screen = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) => lazyRouteComponent(load, name)

const root = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet, notFoundComponent: NotFoundPage })

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length < 300 ? v : undefined)

export const signInRoute = createRoute({
  getParentRoute: () => root, path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { next?: string } => {
    const next = text(s.next)
    return next?.startsWith('/') && !next.startsWith('//') ? { next } : {}
  },
  component: screen(() => import('../screens/sign-in/SignInPage'), 'SignInPage'),
})

const signedIn = createRoute({ getParentRoute: () => root, id: 'signed-in', component: Shell })

const dashboard = createRoute({ getParentRoute: () => signedIn, path: '/', loader: ({ context }) => prefetchDashboard(context.queryClient), component: screen(() => import('../screens/dashboard/DashboardPage'), 'DashboardPage') })
const myNeeds = createRoute({
  getParentRoute: () => signedIn, path: '/needs',
  validateSearch: (s: Record<string, unknown>): { status?: string } => (text(s.status) ? { status: text(s.status)! } : {}),
  component: screen(() => import('../screens/needs/MyNeedsPage'), 'MyNeedsPage'),
})
const newNeed = createRoute({ getParentRoute: () => signedIn, path: '/needs/new', component: screen(() => import('../screens/needs/NeedFormPage'), 'NewNeedPage') })
const need = createRoute({ getParentRoute: () => signedIn, path: '/needs/$needId', component: screen(() => import('../screens/needs/NeedPage'), 'NeedPage') })
const editNeed = createRoute({ getParentRoute: () => signedIn, path: '/needs/$needId/edit', component: screen(() => import('../screens/needs/NeedFormPage'), 'EditNeedPage') })
const hall = createRoute({
  getParentRoute: () => signedIn, path: '/hall',
  validateSearch: hallSearch,
  component: screen(() => import('../screens/hall/NeedsHallPage'), 'NeedsHallPage'),
})
const capabilities = createRoute({ getParentRoute: () => signedIn, path: '/capabilities', component: screen(() => import('../screens/capabilities/CapabilitiesPage'), 'CapabilitiesPage') })
const newCapability = createRoute({ getParentRoute: () => signedIn, path: '/capabilities/new', component: screen(() => import('../screens/capabilities/CapabilityFormPage'), 'NewCapabilityPage') })
const capability = createRoute({ getParentRoute: () => signedIn, path: '/capabilities/$capabilityId', component: screen(() => import('../screens/capabilities/CapabilityPage'), 'CapabilityPage') })
const editCapability = createRoute({ getParentRoute: () => signedIn, path: '/capabilities/$capabilityId/edit', component: screen(() => import('../screens/capabilities/CapabilityFormPage'), 'EditCapabilityPage') })
const schedule = createRoute({
  getParentRoute: () => signedIn, path: '/schedule',
  validateSearch: (s: Record<string, unknown>): { scope?: 'organization' } => (s.scope === 'organization' ? { scope: 'organization' } : {}),
  component: screen(() => import('../screens/schedule/SchedulePage'), 'SchedulePage'),
})
const organization = createRoute({ getParentRoute: () => signedIn, path: '/organization', component: screen(() => import('../screens/organization/OrganizationPage'), 'OrganizationPage') })

// The coordinator's console; each list's filters are validated from its URL.
const directory = createRoute({ getParentRoute: () => signedIn, path: '/directory', validateSearch: directorySearch, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => prefetchList(context.queryClient, organizationsList(deps)), component: screen(() => import('../screens/console/directory/DirectoryPage'), 'DirectoryPage') })
const importPage = createRoute({ getParentRoute: () => signedIn, path: '/directory/import', component: screen(() => import('../screens/console/directory/ImportPage'), 'ImportPage') })
const needTable = createRoute({ getParentRoute: () => signedIn, path: '/catalogue/needs', validateSearch: needFilters, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => prefetchList(context.queryClient, needsList(deps)), component: screen(() => import('../screens/console/catalogue/NeedsTablePage'), 'NeedsTablePage') })
const capabilityTable = createRoute({ getParentRoute: () => signedIn, path: '/catalogue/capabilities', validateSearch: capabilityFilters, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => prefetchList(context.queryClient, capabilitiesList(deps)), component: screen(() => import('../screens/console/catalogue/CapabilitiesTablePage'), 'CapabilitiesTablePage') })
const matching = createRoute({ getParentRoute: () => signedIn, path: '/matching', validateSearch: matchingSearch, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => { if (deps.needId && !deps.view) void context.queryClient.prefetchQuery(needMatchesQuery(deps.needId)) }, component: screen(() => import('../screens/console/matching/MatchingPage'), 'MatchingPage') })
const events = createRoute({ getParentRoute: () => signedIn, path: '/events', component: screen(() => import('../screens/console/events/EventsPage'), 'EventsPage') })
const newEvent = createRoute({ getParentRoute: () => signedIn, path: '/events/new', component: screen(() => import('../screens/console/events/EventFormPage'), 'NewEventPage') })
const event = createRoute({
  getParentRoute: () => signedIn, path: '/events/$eventId', validateSearch: eventSearch,
  loader: async ({ context, params }) => { if ((await context.queryClient.ensureQueryData(meQuery)).role === 'coordinator') prefetchEvent(context.queryClient, params.eventId) },
  component: screen(() => import('../screens/events/EventRoute'), 'EventRoute'),
})
const editEvent = createRoute({ getParentRoute: () => signedIn, path: '/events/$eventId/edit', component: screen(() => import('../screens/console/events/EventFormPage'), 'EditEventPage') })
const outcomes = createRoute({ getParentRoute: () => signedIn, path: '/outcomes', validateSearch: outcomeSearch, component: screen(() => import('../screens/console/outcomes/OutcomesPage'), 'OutcomesPage') })
const figures = createRoute({ getParentRoute: () => signedIn, path: '/figures', validateSearch: figureSearch, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => { const q = figuresQuery(deps); void context.queryClient.prefetchQuery(summaryQuery(q)); void context.queryClient.prefetchQuery(funnelQuery(q)) }, component: screen(() => import('../screens/console/figures/FiguresPage'), 'FiguresPage') })
const mail = createRoute({ getParentRoute: () => signedIn, path: '/mail', validateSearch: mailSearch, loaderDeps: ({ search }) => search, loader: ({ context, deps }) => prefetchList(context.queryClient, outboxList(deps)), component: screen(() => import('../screens/console/mail/OutboxPage'), 'OutboxPage') })
// Printables open without the shell: a sheet to print and hang at a table.
const printEvent = createRoute({ getParentRoute: () => root, path: '/print/events/$eventId', validateSearch: (s: Record<string, unknown>): { view?: string } => (typeof s.view === 'string' ? { view: s.view } : {}), component: screen(() => import('../screens/console/events/PrintPage'), 'PrintPage') })

const tree = root.addChildren([
  signInRoute, printEvent,
  signedIn.addChildren([dashboard, myNeeds, newNeed, need, editNeed, hall, capabilities, newCapability, capability, editCapability, schedule, organization,
    directory, importPage, needTable, capabilityTable, matching, events, newEvent, event, editEvent, outcomes, figures, mail]),
])

export const router = createRouter({ routeTree: tree, context: { queryClient: undefined! }, defaultPreload: 'intent', scrollRestoration: true })

declare module '@tanstack/react-router' {
  interface Register { router: typeof router }
}
