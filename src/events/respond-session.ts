import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { NotFoundError, ValidationError } from '../errors.ts'
import { attendeesWithOrganization, findSession, sessionsOf } from './events.repository.ts'
import { recordAnswer } from './record-answer.ts'

/** An attendee, a colleague answering for them, or a coordinator accepts or declines a session. */
export async function respondToSession({ ctx, actor, id, response, personId }: { ctx: ActionContext; actor: Actor; id: string; response: 'accepted' | 'declined'; personId?: string }) {
  const session = await findSession(ctx.db, id)
  if (!session) throw new NotFoundError('对接会')
  const attendees = await attendeesWithOrganization(ctx.db, id)
  const mayAnswerFor = (a: (typeof attendees)[number]) => a.personId === actor.personId || actor.role === 'coordinator' || (a.organizationId !== null && a.organizationId === actor.organizationId)
  const answerable = attendees.filter(mayAnswerFor)
  // Someone who may answer for nobody here learns nothing about the session.
  if (answerable.length === 0) throw new NotFoundError('对接会')
  const target = personId
    ? answerable.find((a) => a.personId === personId)
    : (answerable.find((a) => a.personId === actor.personId) ?? (answerable.length === 1 ? answerable[0] : undefined))
  if (!target) {
    if (personId) throw new ValidationError('该人员不是本机构的参会人 (not an attendee you may answer for)', [{ path: 'personId', message: '不是可代答复的参会人' }])
    throw new ValidationError('本机构有多位参会人，请用 personId 指明代谁答复 (several attendees: say whom with personId)', [{ path: 'personId', message: '必填 (required)' }])
  }
  await recordAnswer(ctx, { session, personId: target.personId, answer: response, source: 'api', answeredBy: actor.personId })
  return (await sessionsOf(ctx.db, session.eventId, [id]))[0]!
}
