import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProblem } from './api/client'
import { meQuery, vocabulariesQuery } from './api/queries'
import { Providers } from './app/Providers'
import { router } from './app/router'
import { LanguageProvider } from './i18n/language'
import './app/global.css'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2, staleTime: 15_000 },
  },
})

// Who is signed in, and the vocabularies, are asked for at once, while the first screen's code loads.
void queryClient.prefetchQuery(meQuery)
void queryClient.prefetchQuery(vocabulariesQuery)

// The first screen's code and data are asked for now, not after React's first render (which the
// router's provider would wait for): its loader and lazy component start beside /me.
router.update({ ...router.options, context: { queryClient } })
void router.load()

// The back button (and WeChat's) may show a page from the browser's memory: refetch, so it is never stale.
window.addEventListener('pageshow', (e) => { if (e.persisted) void queryClient.invalidateQueries() })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        <Providers>
          <RouterProvider router={router} context={{ queryClient }} />
        </Providers>
      </QueryClientProvider>
    </LanguageProvider>
  </StrictMode>,
)
