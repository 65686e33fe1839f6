import { sql, type Insertable, type Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { MeetingRequestsTable } from '../db/tables/events.ts'

export const insertMeetingRequest = (db: DbOrTx, row: Insertable<MeetingRequestsTable>) => db.insertInto('meetingRequests').values(row).returningAll().executeTakeFirstOrThrow()

export const findMeetingRequest = (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.selectFrom('meetingRequests').selectAll().where('id', '=', id)
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
}

export const updateMeetingRequest = (db: DbOrTx, id: string, changes: Updateable<MeetingRequestsTable>) =>
  db.updateTable('meetingRequests').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()

/** The requests between two organisations at an event, either way round, newest first. */
export const requestsBetween = (db: DbOrTx, eventId: string, a: string, b: string) =>
  db.selectFrom('meetingRequests').selectAll().where('eventId', '=', eventId)
    .where((eb) => eb.or([eb.and([eb('fromOrganizationId', '=', a), eb('toOrganizationId', '=', b)]), eb.and([eb('fromOrganizationId', '=', b), eb('toOrganizationId', '=', a)])]))
    .orderBy('createdAt', 'desc').execute()

/** The people an organisation's notices go to: everyone there with an address. */
export const noticeRecipients = (db: DbOrTx, organizationId: string) =>
  db.selectFrom('people').select(['id', 'name', 'email', 'language']).where('organizationId', '=', organizationId).where('email', 'is not', null).orderBy('id').limit(5).execute()

/**
 * Requests with the names and titles a list shows, newest first, and the session booked for the
 * pair at the event if any. `scope` narrows: one request, one event, one status, one organisation's
 * (sent or received).
 */
export async function listMeetingRequestRows(db: DbOrTx, scope: { id?: string; eventId?: string; status?: string; organizationId?: string; direction?: 'incoming' | 'outgoing' }) {
  let query = db
    .selectFrom('meetingRequests as r')
    .innerJoin('events as e', 'e.id', 'r.eventId')
    .innerJoin('organizations as f', 'f.id', 'r.fromOrganizationId')
    .innerJoin('organizations as t', 't.id', 'r.toOrganizationId')
    .innerJoin('people as who', 'who.id', 'r.requestedBy')
    .leftJoin('needs as n', 'n.id', 'r.needId')
    .leftJoin('capabilities as c', 'c.id', 'r.capabilityId')
    .select((eb) => [
      'r.id', 'r.eventId', 'e.title as eventTitle', 'r.fromOrganizationId', 'f.name as fromName', 'f.kind as fromKind', 'r.toOrganizationId', 't.name as toName',
      'who.name as requestedByName', 'r.needId', 'n.title as needTitle', 'n.visibility as needVisibility', 'n.organizationId as needOwner', 'n.status as needStatus',
      'r.capabilityId', 'c.title as capabilityTitle', 'c.visibility as capabilityVisibility', 'c.organizationId as capabilityOwner', 'c.status as capabilityStatus', 'r.message', 'r.status', 'r.answerNote', 'r.answeredAt', 'r.createdAt',
      eb.selectFrom('sessions as s').leftJoin('eventTables as et', 'et.id', 's.tableId')
        .select(sql<unknown>`json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at, 'status', s.status, 'tableName', et.name)`.as('s'))
        .whereRef('s.eventId', '=', 'r.eventId').whereRef('s.needId', '=', 'r.needId').whereRef('s.capabilityId', '=', 'r.capabilityId').where('s.status', '<>', 'cancelled')
        .orderBy('s.startsAt').limit(1).as('session'),
    ])
    .orderBy('r.createdAt', 'desc')
    .orderBy('r.id', 'desc')
    .limit(500)
  if (scope.id) query = query.where('r.id', '=', scope.id)
  if (scope.eventId) query = query.where('r.eventId', '=', scope.eventId)
  if (scope.status) query = query.where('r.status', '=', scope.status as 'pending')
  const org = scope.organizationId
  if (org && scope.direction === 'incoming') query = query.where('r.toOrganizationId', '=', org)
  else if (org && scope.direction === 'outgoing') query = query.where('r.fromOrganizationId', '=', org)
  else if (org) query = query.where((eb) => eb.or([eb('r.fromOrganizationId', '=', org), eb('r.toOrganizationId', '=', org)]))
  return query.execute()
}
