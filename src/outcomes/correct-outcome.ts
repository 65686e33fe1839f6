import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { withTransaction } from '../db/transaction.ts'
import { NotFoundError } from '../errors.ts'
import type { CorrectAgreement, CorrectIntention } from './outcomes.schemas.ts'
import { correctOutcome, findOutcome, outcomeVersions } from './outcomes.repository.ts'
import { requireCoordinator } from './record-outcomes.ts'

const NAMES = { intentions: '合作意向', agreements: '合作协议' } as const

/** A coordinator corrects an intention or agreement; the previous version is kept with who changed it and why. */
export async function correct({ ctx, actor, table, id, input }: { ctx: ActionContext; actor: Actor; table: 'intentions' | 'agreements'; id: string; input: CorrectIntention | CorrectAgreement }) {
  requireCoordinator(actor)
  const { reason, ...changes } = input
  return withTransaction(ctx.db, async (tx) => {
    const current = await findOutcome(tx, table, id)
    if (!current) throw new NotFoundError(NAMES[table])
    return correctOutcome(tx, table, current, changes, { versionId: ctx.newId(), personId: actor.personId, at: ctx.now(), reason })
  })
}

/** Every earlier version, oldest first, then the current one. */
export async function versions({ ctx, actor, table, id }: { ctx: ActionContext; actor: Actor; table: 'intentions' | 'agreements'; id: string }) {
  requireCoordinator(actor)
  const current = await findOutcome(ctx.db, table, id)
  if (!current) throw new NotFoundError(NAMES[table])
  const earlier = await outcomeVersions(ctx.db, table, id)
  return [
    ...earlier.map((v) => {
      const { correctionReason, ...snapshot } = v.snapshot as Record<string, unknown>
      return { version: v.version, snapshot, changedBy: v.changedBy, changedAt: v.changedAt.toISOString(), reason: (correctionReason as string) ?? null }
    }),
    { version: current.version, snapshot: JSON.parse(JSON.stringify(current)) as Record<string, unknown>, changedBy: current.recordedBy, changedAt: current.updatedAt.toISOString(), reason: null },
  ]
}
