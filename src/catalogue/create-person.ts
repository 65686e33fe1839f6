import { actsFor, type Actor } from '../auth/actor.ts'
import { recordChange } from '../audit/record-change.ts'
import { withTransaction } from '../db/transaction.ts'
import type { ActionContext } from '../deps.ts'
import { uniqueViolation } from '../db/pg-errors.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts'
import type { CreatePerson } from './organizations.schemas.ts'
import { findOrganization } from './organizations.repository.ts'
import { insertPerson } from './people.repository.ts'

/** Staff add colleagues to their own organisation; only coordinators add coordinators. */
export async function createPerson({ ctx, actor, input }: { ctx: ActionContext; actor: Actor; input: CreatePerson }) {
  if (input.organizationId === null) {
    if (actor.role !== 'coordinator') throw new ForbiddenError('只有科协工作人员可以添加科协账号 (only coordinators add coordinators)')
  } else {
    if (!actsFor(actor, input.organizationId)) throw new ForbiddenError('只能为本机构添加人员 (you can only add people to your own organization)')
    if (!(await findOrganization(ctx.db, input.organizationId))) throw new NotFoundError('机构')
  }
  const now = ctx.now()
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const row = await insertPerson(tx, {
      id: ctx.newId(),
      organizationId: input.organizationId,
      accessRole: input.organizationId === null ? 'coordinator' : 'member',
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      position: input.position ?? null,
      language: input.language,
      createdAt: now,
      updatedAt: now,
    })
      await recordChange(tx, ctx, actor, { entity: 'person', entityId: row.id, action: 'created', changes: { ...input } })
      return row
    })
  } catch (error) {
    throw personConflict(error) ?? error
  }
}

/** Addresses are unique within an organisation only, so this names a colleague's address, never a stranger's. */
export function personConflict(error: unknown): ConflictError | undefined {
  return uniqueViolation(error) === undefined ? undefined : new ConflictError('本机构已有人员使用该电子邮件地址 (a colleague already uses this e-mail address)')
}
