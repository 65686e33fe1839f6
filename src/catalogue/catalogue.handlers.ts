import { createRoute, z } from '@hono/zod-openapi'
import { bearer, jsonResponse, problemResponses } from '../http/common.schemas.ts'
import { createRouter } from '../http/router.ts'
import { CAPABILITY_STATUSES, COOPERATION_MODES, NEED_STATUSES, NEED_TYPES, PROVIDER_TYPES, VISIBILITIES } from './vocabulary.ts'

const Terms = z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() }))

const vocabulariesRoute = createRoute({
  method: 'get', path: '/vocabularies', tags: ['词表 Vocabularies'], security: bearer,
  summary: '代码与中英文名称 Codes with their Chinese and English labels (for forms and exports)',
  responses: {
    200: jsonResponse(z.object({ needTypes: Terms, cooperationModes: Terms, providerTypes: Terms, visibilities: Terms, needStatuses: Terms, capabilityStatuses: Terms }), '词表 (vocabularies)'),
    ...problemResponses,
  },
})

export const catalogueRouter = createRouter().openapi(vocabulariesRoute, (c) =>
  c.json(
    {
      needTypes: [...NEED_TYPES.list],
      cooperationModes: [...COOPERATION_MODES.list],
      providerTypes: [...PROVIDER_TYPES.list],
      visibilities: [...VISIBILITIES.list],
      needStatuses: [...NEED_STATUSES.list],
      capabilityStatuses: [...CAPABILITY_STATUSES.list],
    },
    200,
  ),
)
