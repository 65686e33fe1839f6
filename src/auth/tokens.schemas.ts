import { z } from '@hono/zod-openapi'
import { Id, InstantInput, Timestamp, requiredText } from '../http/common.schemas.ts'

export const IssueToken = z
  .strictObject({
    personId: Id,
    label: requiredText(80).openapi({ example: '汶上县对接会 2026' }),
    expiresAt: InstantInput.optional().openapi({ description: '过期时间，缺省为不过期 (expiry; none by default)' }),
  })
  .openapi('IssueToken')
export type IssueToken = z.infer<typeof IssueToken>

export const AccessToken = z
  .object({
    id: Id,
    personId: Id,
    label: z.string(),
    createdBy: Id.nullable(),
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable(),
  })
  .openapi('AccessToken')

export const IssuedToken = AccessToken.extend({
  token: z.string().openapi({ description: '令牌明文，只显示这一次 (the secret, shown only this once)' }),
}).openapi('IssuedToken')

export const ListTokensQuery = z.object({ personId: Id.optional() })

export const Me = z
  .object({
    personId: Id,
    role: z.enum(['coordinator', 'enterprise', 'provider']),
    organizationId: Id.nullable(),
    name: z.string(),
    email: z.string().nullable(),
    language: z.enum(['zh', 'en']).openapi({ description: '界面与邮件的语言 (the language of the pages and e-mails)' }),
    organization: z.object({ name: z.string(), kind: z.enum(['enterprise', 'provider']), providerType: z.string().nullable() }).nullable(),
  })
  .openapi('Me')
