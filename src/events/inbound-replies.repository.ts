import type { DbOrTx } from '../db/database.ts'
import type { InboundRepliesTable } from '../db/tables/events.ts'

/** Records a reply once per Message-ID; says whether it was new (a mailbox read twice applies nothing twice). */
export async function recordInbound(db: DbOrTx, row: InboundRepliesTable): Promise<boolean> {
  const inserted = await db.insertInto('inboundReplies').values(row).onConflict((oc) => oc.column('messageId').doNothing()).returning('id').execute()
  return inserted.length > 0
}

export async function inboundSeen(db: DbOrTx, messageId: string) {
  return !!(await db.selectFrom('inboundReplies').select('id').where('messageId', '=', messageId).executeTakeFirst())
}

export async function recentInboundReplies(db: DbOrTx, limit: number) {
  return db.selectFrom('inboundReplies').selectAll().orderBy('receivedAt', 'desc').orderBy('id', 'desc').limit(limit).execute()
}
