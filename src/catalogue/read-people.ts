import type { Actor } from '../auth/actor.ts'
import type { ActionContext } from '../deps.ts'
import { toPage } from '../db/page.ts'
import { ForbiddenError, NotFoundError } from '../errors.ts'
import type { ListPeopleQuery } from './organizations.schemas.ts'
import { canSeePerson } from './person-access.ts'
import { findPerson, listPersonRows } from './people.repository.ts'

export async function listPeople({ ctx, actor, query }: { ctx: ActionContext; actor: Actor; query: ListPeopleQuery }) {
  let organizationId = query.organizationId
  if (actor.role !== 'coordinator') {
    if (organizationId && organizationId !== actor.organizationId) {
      throw new ForbiddenError('只能查看本机构的人员 (you can only list people of your own organization)')
    }
    organizationId = actor.organizationId
  }
  return toPage(await listPersonRows(ctx.db, { organizationId, q: query.q }, query), query.limit)
}

export async function getPerson({ ctx, actor, id }: { ctx: ActionContext; actor: Actor; id: string }) {
  const person = await findPerson(ctx.db, id)
  if (!person || !canSeePerson(actor, person)) throw new NotFoundError('人员')
  return person
}
