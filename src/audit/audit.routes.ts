import { createRoute, z } from '@hono/zod-openapi'
import { Id, InstantInput, Timestamp, bearer, jsonResponse, problemResponses } from '../http/common.schemas.ts'

const ENTITIES = ['organization', 'person', 'token', 'event', 'session', 'availability', 'vocabulary', 'calendar_feed', 'follow_up', 'match', 'mail'] as const

export const AuditEntry = z
  .object({
    id: Id, at: Timestamp, actorId: Id.nullable(), actorName: z.string().nullable(),
    entity: z.enum(ENTITIES), entityId: z.string(), action: z.string(),
    changes: z.record(z.string(), z.unknown()).openapi({ description: '变更的字段 (the fields changed, from → to; or what was created)' }),
  })
  .openapi('AuditEntry')

export const listAuditRoute = createRoute({
  method: 'get', path: '/audit', tags: ['审计 Audit'], security: bearer,
  summary: '谁在何时改了什么 Who changed what, and when (organisations, people, tokens, events, sessions, availability, lists, feeds, follow-ups) — coordinators',
  request: {
    query: z.object({
      entity: z.enum(ENTITIES).optional(), entityId: z.string().max(200).optional(), actorId: Id.optional(),
      before: InstantInput.optional().openapi({ description: '翻页：此时刻之前的记录 (entries before this instant)' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(AuditEntry) }), '最新在前 (newest first)'), ...problemResponses },
})
