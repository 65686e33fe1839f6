import type { Updateable } from 'kysely'
import type { DbOrTx } from '../db/database.ts'
import type { EventsTable } from '../db/tables/events.ts'

// Writes of an event edit: the event's row, and its days, breaks, tables and invitations replaced.

export async function updateEventRow(db: DbOrTx, id: string, changes: Updateable<EventsTable>) {
  await db.updateTable('events').set(changes).where('id', '=', id).execute()
}

export async function replaceEventTimes(db: DbOrTx, eventId: string, days: { startsAt: Date; endsAt: Date }[], breaks: { startsAt: Date; endsAt: Date }[]) {
  await db.deleteFrom('eventDays').where('eventId', '=', eventId).execute()
  await db.deleteFrom('eventBreaks').where('eventId', '=', eventId).execute()
  if (days.length) await db.insertInto('eventDays').values(days.map((d) => ({ eventId, ...d }))).execute()
  if (breaks.length) await db.insertInto('eventBreaks').values(breaks.map((b) => ({ eventId, ...b }))).execute()
}

/** Tables kept (renamed, re-seated), added and removed; a cancelled session at a removed table keeps no table. */
export async function replaceEventTables(db: DbOrTx, eventId: string, tables: { id: string; name: string; capacity: number }[], removed: string[]) {
  if (removed.length) {
    await db.updateTable('sessions').set({ tableId: null }).where('tableId', 'in', removed).where('status', '=', 'cancelled').execute()
    await db.deleteFrom('eventTables').where('id', 'in', removed).execute()
  }
  // Names are unique per event: clear the kept ones' names first so a swap of two names works.
  for (const t of tables) await db.updateTable('eventTables').set({ name: `~${t.id}` }).where('id', '=', t.id).where('eventId', '=', eventId).execute()
  for (const t of tables) {
    const updated = await db.updateTable('eventTables').set({ name: t.name, capacity: t.capacity }).where('id', '=', t.id).where('eventId', '=', eventId).executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) await db.insertInto('eventTables').values({ eventId, ...t }).execute()
  }
}

export async function replaceInvitations(db: DbOrTx, eventId: string, organizationIds: string[]) {
  await db.deleteFrom('eventInvitations').where('eventId', '=', eventId).execute()
  if (organizationIds.length) await db.insertInto('eventInvitations').values(organizationIds.map((organizationId) => ({ eventId, organizationId }))).execute()
}

/** A significant change to a session's invite (place, link, title): the sequence rises so clients take the update. */
export async function raiseSequence(db: DbOrTx, sessionId: string, onlineUrl: string | null | undefined, at: Date) {
  await db
    .updateTable('sessions')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), updatedAt: at, ...(onlineUrl !== undefined ? { onlineUrl } : {}) }))
    .where('id', '=', sessionId)
    .execute()
}
