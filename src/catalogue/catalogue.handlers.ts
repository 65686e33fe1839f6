import { createRoute, z } from '@hono/zod-openapi'
import { bearer, jsonBody, jsonResponse, problemResponses, requiredText } from '../http/common.schemas.ts'
import { createRouter } from '../http/router.ts'
import { addTerm, listTerms, removeTerm } from './places-and-chains.ts'
import { CAPABILITY_STATUSES, COOPERATION_MODES, NEED_STATUSES, NEED_TYPES, PROVIDER_TYPES, VISIBILITIES } from './vocabulary.ts'

const tags = ['词表 Vocabularies']
const Terms = z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() }))
const PlacesAndChains = z.object({ counties: z.array(z.string()), industryChains: z.array(z.string()) }).openapi('CountiesAndChains')
const Kind = z.object({ kind: z.enum(['counties', 'industry-chains']).openapi({ description: 'counties 县市区 / industry-chains 产业链' }) })
const kindOf = (k: 'counties' | 'industry-chains'): 'county' | 'industry_chain' => (k === 'counties' ? 'county' : 'industry_chain')

const vocabulariesRoute = createRoute({
  method: 'get', path: '/vocabularies', tags, security: bearer,
  summary: '代码与中英文名称，本会的县市区与产业链 Codes with their labels, and the association’s counties and industry chains',
  responses: {
    200: jsonResponse(z.object({ needTypes: Terms, cooperationModes: Terms, providerTypes: Terms, visibilities: Terms, needStatuses: Terms, capabilityStatuses: Terms, counties: z.array(z.string()), industryChains: z.array(z.string()) }), '词表 (vocabularies)'),
    ...problemResponses,
  },
})

const addTermRoute = createRoute({
  method: 'post', path: '/vocabularies/{kind}', tags, security: bearer,
  summary: '增加县市区或产业链 Add a county or an industry chain — coordinators',
  request: { params: Kind, body: jsonBody(z.strictObject({ name: requiredText(40) }).openapi('NewTerm')) },
  responses: { 201: jsonResponse(PlacesAndChains, '已增加 (added)'), ...problemResponses },
})

const removeTermRoute = createRoute({
  method: 'delete', path: '/vocabularies/{kind}/{name}', tags, security: bearer,
  summary: '停用县市区或产业链（已有记录不变）Retire a county or chain; records that name it keep it — coordinators',
  request: { params: Kind.extend({ name: z.string().min(1).max(40) }) },
  responses: { 200: jsonResponse(PlacesAndChains, '已停用 (retired)'), ...problemResponses },
})

export const catalogueRouter = createRouter()
  .openapi(vocabulariesRoute, async (c) =>
    c.json(
      {
        needTypes: [...NEED_TYPES.list],
        cooperationModes: [...COOPERATION_MODES.list],
        providerTypes: [...PROVIDER_TYPES.list],
        visibilities: [...VISIBILITIES.list],
        needStatuses: [...NEED_STATUSES.list],
        capabilityStatuses: [...CAPABILITY_STATUSES.list],
        ...(await listTerms(c.get('ctx'))),
      },
      200,
    ),
  )
  .openapi(addTermRoute, async (c) => c.json(await addTerm({ ctx: c.get('ctx'), actor: c.get('actor'), kind: kindOf(c.req.valid('param').kind), name: c.req.valid('json').name }), 201))
  .openapi(removeTermRoute, async (c) => c.json(await removeTerm({ ctx: c.get('ctx'), actor: c.get('actor'), kind: kindOf(c.req.valid('param').kind), name: c.req.valid('param').name }), 200))
