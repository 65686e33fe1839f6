import type { DbOrTx } from '../db/database.ts'
import type { VocabularyKind } from '../db/tables/catalogue.ts'

export async function vocabularyNames(db: DbOrTx, kind: VocabularyKind): Promise<string[]> {
  return (await db.selectFrom('vocabularyTerms').select('name').where('kind', '=', kind).orderBy('position').orderBy('name').execute()).map((r) => r.name)
}

export async function insertVocabularyTerm(db: DbOrTx, kind: VocabularyKind, name: string): Promise<boolean> {
  const last = await db.selectFrom('vocabularyTerms').select((eb) => eb.fn.max('position').as('p')).where('kind', '=', kind).executeTakeFirst()
  const inserted = await db.insertInto('vocabularyTerms').values({ kind, name, position: (last?.p ?? -1) + 1 }).onConflict((oc) => oc.doNothing()).executeTakeFirst()
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0
}

export async function deleteVocabularyTerm(db: DbOrTx, kind: VocabularyKind, name: string): Promise<boolean> {
  const deleted = await db.deleteFrom('vocabularyTerms').where('kind', '=', kind).where('name', '=', name).executeTakeFirst()
  return Number(deleted.numDeletedRows) > 0
}
