import { authOf } from '../auth/better-auth.ts'
import { authUserOfPerson } from '../auth/invitations.repository.ts'
import type { Deps } from '../deps.ts'
import { DEMO_SIGN_INS } from './seed.ts'

export const DEMO_PASSWORD = 'jinqiao-demo-2026'

/** The demo's three people can sign in with the demo password, with no invitation: made once, kept after. */
export async function provisionDemoSignIns(deps: Deps) {
  const auth = await authOf(deps)
  const context = await auth.$context
  for (const email of Object.values(DEMO_SIGN_INS)) {
    const person = await deps.db.selectFrom('people').select(['id', 'name']).where('email', '=', email).executeTakeFirst()
    if (!person || (await authUserOfPerson(deps.db, person.id))) continue
    const user = await context.internalAdapter.createUser({ email, name: person.name, emailVerified: true, personId: person.id } as never, { method: 'demo' })
    await context.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await context.password.hash(DEMO_PASSWORD) })
  }
}
