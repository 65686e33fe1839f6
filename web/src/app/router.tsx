import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet } from '@tanstack/react-router'
import { prefetchDashboard } from '../screens/dashboard/dashboard.data'
import { hallSearch } from '../screens/hall/hall-search'
import { NotFoundPage } from '../screens/NotFoundPage'
import { Shell } from './Shell'

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

const tree = root.addChildren([
  signInRoute,
  signedIn.addChildren([dashboard, myNeeds, newNeed, need, editNeed, hall, capabilities, newCapability, capability, editCapability, schedule, organization]),
])

export const router = createRouter({ routeTree: tree, context: { queryClient: undefined! }, defaultPreload: 'intent', scrollRestoration: true })

declare module '@tanstack/react-router' {
  interface Register { router: typeof router }
}
