import { sql, type Kysely } from 'kysely'

// Frozen once landed. The coordinator's console: a resent mail is audited like any other change,
// and on the day of an event each attendee's arrival is recorded (check-in at the desk).

const ENTITIES = `'organization', 'person', 'token', 'event', 'session', 'availability', 'vocabulary', 'calendar_feed', 'follow_up', 'match'`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table audit_log drop constraint audit_log_entity_check, add constraint audit_log_entity_check check (entity in (${ENTITIES}, 'mail'))`).execute(db)
  await sql.raw('alter table session_attendees add column checked_in_at timestamptz').execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table session_attendees drop column if exists checked_in_at').execute(db)
  await sql.raw(`delete from audit_log where entity = 'mail'`).execute(db)
  await sql.raw(`alter table audit_log drop constraint audit_log_entity_check, add constraint audit_log_entity_check check (entity in (${ENTITIES}))`).execute(db)
}
