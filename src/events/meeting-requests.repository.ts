import type { DbOrTx } from '../db/database.ts'
import { pairPreferences } from './preferences.ts'
import type { MeetingRequest } from './scheduler.ts'

/**
 * The meetings an event should hold: shortlisted and accepted matches whose enterprise and
 * provider are both invited, less the pairs already booked here and the pairs that met, or are
 * to meet, at another event (a cancelled or missed session does not count). Each side sends one person: the
 * need's contact (else the enterprise's first person) and the capability's first expert (else
 * the provider's first person). Participants' preferences count: a pair either side said "no
 * thanks" to is left out; a pair either side must meet is worth more than any other (score + 1).
 */
export async function eventMeetingRequests(db: DbOrTx, eventId: string, alreadyBooked: ReadonlySet<string>) {
  const invited = db.selectFrom('eventInvitations').select('organizationId').where('eventId', '=', eventId)
  const rows = await db
    .selectFrom('matches as m')
    .innerJoin('needs as n', 'n.id', 'm.needId')
    .innerJoin('capabilities as c', 'c.id', 'm.capabilityId')
    .select((eb) => [
      'm.id', 'm.needId', 'm.capabilityId', 'm.score', 'n.title as needTitle', 'c.title as capabilityTitle', 'n.organizationId as enterpriseId', 'c.organizationId as providerId',
      eb.fn.coalesce('n.contactPersonId', eb.selectFrom('people').select('people.id').whereRef('people.organizationId', '=', 'n.organizationId').orderBy('people.id').limit(1)).as('enterprisePerson'),
      eb.fn.coalesce(
        eb.selectFrom('capabilityExperts').select('capabilityExperts.personId').whereRef('capabilityExperts.capabilityId', '=', 'c.id').orderBy('capabilityExperts.personId').limit(1),
        eb.selectFrom('people').select('people.id').whereRef('people.organizationId', '=', 'c.organizationId').orderBy('people.id').limit(1),
      ).as('providerPerson'),
    ])
    .where('m.status', 'in', ['shortlisted', 'accepted'])
    .where('n.organizationId', 'in', invited)
    .where('c.organizationId', 'in', invited)
    .where(({ not, exists, selectFrom }) =>
      not(exists(
        selectFrom('sessions as s').select('s.id')
          .whereRef('s.needId', '=', 'm.needId').whereRef('s.capabilityId', '=', 'm.capabilityId')
          .where('s.eventId', '<>', eventId).where('s.status', 'not in', ['cancelled', 'no_show']),
      )))
    .orderBy('m.id')
    .execute()
  type Labels = { needTitle: string; capabilityTitle: string; enterpriseId: string; providerId: string }
  const preferences = await pairPreferences(db, eventId)
  const requests: (MeetingRequest & Labels & { needId: string; capabilityId: string; attendeeIds: string[] })[] = []
  const unrepresented: { needId: string; capabilityId: string; needTitle: string; capabilityTitle: string }[] = []
  for (const r of rows) {
    if (alreadyBooked.has(`${r.needId}/${r.capabilityId}`) || preferences.blocked(r.enterpriseId, r.providerId)) continue
    const labels = { needTitle: r.needTitle, capabilityTitle: r.capabilityTitle, enterpriseId: r.enterpriseId, providerId: r.providerId }
    if (!r.enterprisePerson || !r.providerPerson) unrepresented.push({ needId: r.needId, capabilityId: r.capabilityId, needTitle: r.needTitle, capabilityTitle: r.capabilityTitle })
    else requests.push({ id: r.id, needId: r.needId, capabilityId: r.capabilityId, enterprisePerson: r.enterprisePerson, providerPerson: r.providerPerson, score: r.score + (preferences.mustMeet(r.enterpriseId, r.providerId) ? 1 : 0), seats: 2, attendeeIds: [r.enterprisePerson, r.providerPerson], ...labels })
  }
  return { requests, unrepresented }
}
