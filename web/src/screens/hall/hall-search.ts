// The hall's filters live in the URL, so a filtered hall is a link to share; only known, short values pass.

export interface HallSearch { q?: string; county?: string; industryChain?: string; needType?: string; view?: 'ranked'; capabilityId?: string }

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length < 300 ? v : undefined)

export function hallSearch(s: Record<string, unknown>): HallSearch {
  const found: HallSearch = {}
  for (const key of ['q', 'county', 'industryChain', 'needType', 'capabilityId'] as const) {
    const value = text(s[key])
    if (value) found[key] = value
  }
  if (s.view === 'ranked') found.view = 'ranked'
  return found
}
