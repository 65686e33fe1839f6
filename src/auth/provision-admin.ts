import { withTransaction } from '../db/transaction.ts'
import type { ActionContext } from '../deps.ts'
import { insertPerson } from '../catalogue/people.repository.ts'
import { hashToken } from './token.ts'
import { findTokenByHash, insertToken } from './tokens.repository.ts'

export const ADMIN_NAME = '系统管理员 (Administrator)'

/**
 * Makes JINQIAO_ADMIN_TOKEN a working coordinator token: the first login, and automation.
 * Idempotent: a token already known is left as it is (revoked stays revoked).
 */
export async function provisionAdminToken(ctx: ActionContext, token: string): Promise<void> {
  const tokenHash = await hashToken(token)
  await withTransaction(ctx.db, async (tx) => {
    if (await findTokenByHash(tx, tokenHash)) return
    const now = ctx.now()
    const personId = ctx.newId()
    await insertPerson(tx, { id: personId, organizationId: null, accessRole: 'coordinator', name: ADMIN_NAME, createdAt: now, updatedAt: now })
    await insertToken(tx, { id: ctx.newId(), personId, tokenHash, label: 'JINQIAO_ADMIN_TOKEN', createdBy: null, createdAt: now })
  })
}
