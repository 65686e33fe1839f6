import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { ForbiddenError } from '../errors.ts'
import { answersOfEvent } from './answers.repository.ts'
import { recentInboundReplies } from './inbound-replies.repository.ts'
import { getEvent } from './read-events.ts'

const requireCoordinator = (actor: Actor) => {
  if (actor.role !== 'coordinator') throw new ForbiddenError('答复记录仅供科协工作人员查看 (answers are for coordinators)')
}

export async function listAnswers({ ctx, actor, eventId, since, limit }: { ctx: ActionContext; actor: Actor; eventId: string; since?: string; limit: number }) {
  requireCoordinator(actor)
  const event = await getEvent({ ctx, actor, id: eventId })
  return answersOfEvent(ctx.db, event.id, since ? new Date(since) : null, limit)
}

export async function listInboundReplies({ ctx, actor, limit }: { ctx: ActionContext; actor: Actor; limit: number }) {
  requireCoordinator(actor)
  return recentInboundReplies(ctx.db, limit)
}
