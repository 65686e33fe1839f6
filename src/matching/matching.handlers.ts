import type { MatchRow, MatchTermRow } from '../db/tables/matching.ts'
import { createRouter } from '../http/router.ts'
import { jsonOnce } from '../http/json-once.ts'
import { batchMatches } from './batch-matches.ts'
import { decideMatch, decideMatches } from './decide-match.ts'
import { matchesForCapability, matchesForNeed } from './find-matches.ts'
import { createTermGroup, deleteTermGroup, listTermGroups, updateTermGroup } from './match-terms.ts'
import { listMatches } from './list-matches.ts'
import { learnedTerms } from './learn-from-decisions.ts'
import * as routes from './matching.routes.ts'
import type { Reason } from './score.ts'

const presentMatch = (m: MatchRow) => ({
  ...m,
  reasons: m.reasons as Reason[],
  decidedAt: m.decidedAt.toISOString(),
  createdAt: m.createdAt.toISOString(),
})
const presentTerm = (t: MatchTermRow) => ({ ...t, createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString() })

export const matchingRouter = createRouter()
  .openapi(routes.needMatchesRoute, async (c) => {
    const id = c.req.valid('param').id
    const found = await matchesForNeed({ ctx: c.get('ctx'), actor: c.get('actor'), id, limit: c.req.valid('query').limit })
    return jsonOnce(c, found, () => ({ needId: id, ...found }))
  })
  .openapi(routes.previewMatchesRoute, async (c) => {
    const id = c.req.valid('param').id
    const found = await matchesForNeed({ ctx: c.get('ctx'), actor: c.get('actor'), id, limit: c.req.valid('query').limit, groups: c.req.valid('json').termGroups })
    return c.json({ needId: id, ...found }, 200)
  })
  .openapi(routes.capabilityMatchesRoute, async (c) => {
    const id = c.req.valid('param').id
    const found = await matchesForCapability({ ctx: c.get('ctx'), actor: c.get('actor'), id, limit: c.req.valid('query').limit })
    return c.json({ capabilityId: id, ...found }, 200)
  })
  .openapi(routes.decideMatchRoute, async (c) => {
    const { match, created } = await decideMatch({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })
    return created ? c.json(presentMatch(match), 201) : c.json(presentMatch(match), 200)
  })
  .openapi(routes.decideMatchesRoute, async (c) => {
    const results = await decideMatches({ ctx: c.get('ctx'), actor: c.get('actor'), decisions: c.req.valid('json').decisions })
    return c.json({ items: results.map((r) => presentMatch(r.match)) }, 200)
  })
  .openapi(routes.listMatchesRoute, async (c) => {
    const page = await listMatches({ ctx: c.get('ctx'), actor: c.get('actor'), query: c.req.valid('query') })
    return c.json({ items: page.items.map(presentMatch), nextCursor: page.nextCursor }, 200)
  })
  .openapi(routes.batchMatchRoute, async (c) => {
    return c.json(await batchMatches({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') }), 200)
  })
  .openapi(routes.learnedTermsRoute, async (c) => c.json(await learnedTerms({ ctx: c.get('ctx'), actor: c.get('actor') }), 200))
  .openapi(routes.listTermsRoute, async (c) => {
    return c.json({ items: (await listTermGroups({ ctx: c.get('ctx') })).map(presentTerm) }, 200)
  })
  .openapi(routes.createTermRoute, async (c) => {
    return c.json(presentTerm(await createTermGroup({ ctx: c.get('ctx'), actor: c.get('actor'), input: c.req.valid('json') })), 201)
  })
  .openapi(routes.updateTermRoute, async (c) => {
    const row = await updateTermGroup({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id, input: c.req.valid('json') })
    return c.json(presentTerm(row), 200)
  })
  .openapi(routes.deleteTermRoute, async (c) => {
    await deleteTermGroup({ ctx: c.get('ctx'), actor: c.get('actor'), id: c.req.valid('param').id })
    return c.body(null, 204)
  })
