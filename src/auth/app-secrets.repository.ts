import { generateToken } from './token.ts'
import type { DbOrTx } from '../db/database.ts'

/**
 * A server secret kept in the database, made on first use: every process and every restart
 * signs with the same key without anyone having to configure one. Whoever reads the database
 * could forge links, but they could also change the answers directly.
 */
export async function appSecret(db: DbOrTx, name: string, now: Date): Promise<string> {
  await db.insertInto('appSecrets').values({ name, value: generateToken(), createdAt: now }).onConflict((oc) => oc.column('name').doNothing()).execute()
  return (await db.selectFrom('appSecrets').select('value').where('name', '=', name).executeTakeFirstOrThrow()).value
}
