import { generateToken } from './token.ts'
import type { DbOrTx } from '../db/database.ts'

const known = new WeakMap<object, Map<string, Promise<string>>>()

/**
 * A server secret kept in the database, made on first use: every process and every restart
 * signs with the same key without anyone having to configure one. Whoever reads the database
 * could forge links, but they could also change the answers directly. A secret never changes,
 * so each process reads it once (a mail with three links would otherwise read it three times).
 */
export function appSecret(db: DbOrTx, name: string, now: Date): Promise<string> {
  let secrets = known.get(db)
  if (!secrets) known.set(db, (secrets = new Map()))
  let secret = secrets.get(name)
  if (!secret) {
    secret = read(db, name, now)
    secrets.set(name, secret)
    secret.catch(() => secrets.delete(name)) // a failed read is tried again next time
  }
  return secret
}

async function read(db: DbOrTx, name: string, now: Date) {
  await db.insertInto('appSecrets').values({ name, value: generateToken(), createdAt: now }).onConflict((oc) => oc.column('name').doNothing()).execute()
  return (await db.selectFrom('appSecrets').select('value').where('name', '=', name).executeTakeFirstOrThrow()).value
}
