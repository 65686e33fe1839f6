import { authOf, createSignIn } from '../auth/better-auth.ts'
import { authUserOfPerson } from '../auth/sign-in.repository.ts'
import type { Deps } from '../deps.ts'
import { DEMO_SIGN_INS } from './seed.ts'

export const DEMO_PASSWORD = 'jinqiao-demo-2026'

/** The demo's three people can sign in with the demo password, with no invitation: made once, kept after. */
export async function provisionDemoSignIns(deps: Deps) {
  const auth = await authOf(deps)
  for (const email of Object.values(DEMO_SIGN_INS)) {
    const person = await deps.db.selectFrom('people').select(['id', 'name']).where('email', '=', email).executeTakeFirst()
    if (person && !(await authUserOfPerson(deps.db, person.id))) await createSignIn(auth, { personId: person.id, email, name: person.name }, DEMO_PASSWORD)
  }
}
