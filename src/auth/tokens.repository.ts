import type { DbOrTx } from '../db/database.ts'
import type { AccessTokensTable } from '../db/tables/organizations.ts'
import type { Insertable } from 'kysely'

export interface TokenHolder {
  tokenId: string
  personId: string
  accessRole: 'coordinator' | 'member'
  organizationId: string | null
  organizationKind: 'enterprise' | 'provider' | null
  lastUsedAt: Date | null
}

export async function findActiveTokenHolder(db: DbOrTx, tokenHash: string, now: Date): Promise<TokenHolder | undefined> {
  return db
    .selectFrom('accessTokens as t')
    .innerJoin('people as p', 'p.id', 't.personId')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select([
      't.id as tokenId',
      'p.id as personId',
      'p.accessRole',
      'p.organizationId',
      'o.kind as organizationKind',
      't.lastUsedAt',
    ])
    .where('t.tokenHash', '=', tokenHash)
    .where('t.revokedAt', 'is', null)
    .where('p.accessDisabledAt', 'is', null)
    .where((eb) => eb.or([eb('t.expiresAt', 'is', null), eb('t.expiresAt', '>', now)]))
    .executeTakeFirst()
}

export async function markTokenUsed(db: DbOrTx, tokenId: string, at: Date): Promise<void> {
  await db.updateTable('accessTokens').set({ lastUsedAt: at }).where('id', '=', tokenId).execute()
}

export async function insertToken(db: DbOrTx, row: Insertable<AccessTokensTable>) {
  return db.insertInto('accessTokens').values(row).returning(tokenColumns).executeTakeFirstOrThrow()
}

const tokenColumns = ['id', 'personId', 'label', 'createdBy', 'createdAt', 'expiresAt', 'revokedAt', 'lastUsedAt'] as const

export async function listTokens(db: DbOrTx, filter: { personId?: string | undefined }) {
  let query = db.selectFrom('accessTokens').select(tokenColumns).orderBy('id', 'desc')
  if (filter.personId) query = query.where('personId', '=', filter.personId)
  return query.execute()
}

export async function findToken(db: DbOrTx, id: string) {
  return db.selectFrom('accessTokens').select(tokenColumns).where('id', '=', id).executeTakeFirst()
}

export async function revokeTokenRow(db: DbOrTx, id: string, at: Date) {
  return db
    .updateTable('accessTokens')
    .set({ revokedAt: at })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .returning(tokenColumns)
    .executeTakeFirst()
}

export async function findTokenByHash(db: DbOrTx, tokenHash: string) {
  return db.selectFrom('accessTokens').select(['id', 'personId']).where('tokenHash', '=', tokenHash).executeTakeFirst()
}

/** Whether anyone can sign in as a coordinator: the server says how to get in when nobody can. */
export async function hasActiveCoordinatorToken(db: DbOrTx): Promise<boolean> {
  const row = await db
    .selectFrom('accessTokens as t')
    .innerJoin('people as p', 'p.id', 't.personId')
    .select('t.id')
    .where('p.accessRole', '=', 'coordinator')
    .where('t.revokedAt', 'is', null)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/** A person as the access rules need them, unless a coordinator disabled their access. */
export async function findActivePerson(db: DbOrTx, personId: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select(['p.id as personId', 'p.accessRole', 'p.organizationId', 'o.kind as organizationKind'])
    .where('p.id', '=', personId)
    .where('p.accessDisabledAt', 'is', null)
    .executeTakeFirst()
}
