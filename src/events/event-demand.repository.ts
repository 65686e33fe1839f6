import type { DbOrTx } from '../db/database.ts'
import { pairPreferences } from './preferences.ts'
import type { MeetingRequest, Priority } from './scheduler.ts'

export type DemandedMeeting = MeetingRequest & {
  priority: Priority
  needId: string; capabilityId: string; needTitle: string; capabilityTitle: string; enterpriseId: string; providerId: string
  attendeeIds: string[]
  /** The accepted meeting request behind it, if participants asked for it themselves. */
  meetingRequestId: string | null
}

/**
 * The meetings an event should hold: the pairs whose enterprise and provider are both invited and
 * that either a coordinator shortlisted or accepted, or the participants agreed on through an
 * accepted meeting request — less the pairs already booked here and the pairs that met, or are to
 * meet, at another event (a cancelled or missed session does not count). Each side sends one person:
 * the need's contact (else the enterprise's first person) and the capability's first expert (else
 * the provider's first person).
 *
 * Participants' voice sets the priority: an accepted request must be placed before anything else, a
 * pair either side must meet comes next, then the rest by score. A pair either side said "no thanks"
 * to, or whose organisations one declined a request between, is left out.
 */
export async function eventMeetingRequests(db: DbOrTx, eventId: string, alreadyBooked: ReadonlySet<string>) {
  const invited = db.selectFrom('eventInvitations').select('organizationId').where('eventId', '=', eventId)
  const accepted = db.selectFrom('meetingRequests as q').where('q.eventId', '=', eventId).where('q.status', '=', 'accepted')
  const pairs = db.selectFrom('matches').select(['needId', 'capabilityId']).where('status', 'in', ['shortlisted', 'accepted'])
    .union(accepted.select(['q.needId', 'q.capabilityId']).where('q.needId', 'is not', null).where('q.capabilityId', 'is not', null).$narrowType<{ needId: string; capabilityId: string }>())
  const rows = await db
    .selectFrom(pairs.as('pair'))
    .innerJoin('needs as n', 'n.id', 'pair.needId')
    .innerJoin('capabilities as c', 'c.id', 'pair.capabilityId')
    .leftJoin('matches as m', (join) => join.onRef('m.needId', '=', 'n.id').onRef('m.capabilityId', '=', 'c.id'))
    .select((eb) => [
      'n.id as needId', 'c.id as capabilityId', 'm.id as matchId', 'm.score', 'n.title as needTitle', 'c.title as capabilityTitle', 'n.organizationId as enterpriseId', 'c.organizationId as providerId',
      eb.selectFrom('meetingRequests as q').select('q.id').where('q.eventId', '=', eventId).where('q.status', '=', 'accepted')
        .whereRef('q.needId', '=', 'n.id').whereRef('q.capabilityId', '=', 'c.id').orderBy('q.id').limit(1).as('meetingRequestId'),
      eb.fn.coalesce('n.contactPersonId', eb.selectFrom('people').select('people.id').whereRef('people.organizationId', '=', 'n.organizationId').orderBy('people.id').limit(1)).as('enterprisePerson'),
      eb.fn.coalesce(
        eb.selectFrom('capabilityExperts').select('capabilityExperts.personId').whereRef('capabilityExperts.capabilityId', '=', 'c.id').orderBy('capabilityExperts.personId').limit(1),
        eb.selectFrom('people').select('people.id').whereRef('people.organizationId', '=', 'c.organizationId').orderBy('people.id').limit(1),
      ).as('providerPerson'),
    ])
    .where('n.organizationId', 'in', invited)
    .where('c.organizationId', 'in', invited)
    .where(({ not, exists, selectFrom }) =>
      not(exists(
        selectFrom('sessions as s').select('s.id')
          .whereRef('s.needId', '=', 'n.id').whereRef('s.capabilityId', '=', 'c.id')
          .where('s.eventId', '<>', eventId).where('s.status', 'not in', ['cancelled', 'no_show']),
      )))
    .orderBy('n.id').orderBy('c.id')
    .execute()
  const preferences = await pairPreferences(db, eventId)
  const requests: DemandedMeeting[] = []
  const unrepresented: { needId: string; capabilityId: string; needTitle: string; capabilityTitle: string }[] = []
  for (const r of rows) {
    const asked = r.meetingRequestId !== null
    if (alreadyBooked.has(`${r.needId}/${r.capabilityId}`) || (!asked && preferences.blocked(r.enterpriseId, r.providerId))) continue
    const labels = { needId: r.needId, capabilityId: r.capabilityId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle, enterpriseId: r.enterpriseId, providerId: r.providerId }
    if (!r.enterprisePerson || !r.providerPerson) {
      unrepresented.push({ needId: r.needId, capabilityId: r.capabilityId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle })
      continue
    }
    const priority: Priority = asked ? 'request' : preferences.mustMeet(r.enterpriseId, r.providerId) ? 'must_meet' : 'shortlisted'
    requests.push({
      id: r.matchId ?? `request:${r.meetingRequestId}`, priority, meetingRequestId: r.meetingRequestId, score: r.score ?? 0, seats: 2,
      enterprisePerson: r.enterprisePerson, providerPerson: r.providerPerson, attendeeIds: [r.enterprisePerson, r.providerPerson], ...labels,
    })
  }
  return { requests, unrepresented }
}
