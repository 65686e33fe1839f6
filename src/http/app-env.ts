import type { Actor } from '../auth/actor.ts'
import type { ActionContext, Deps } from '../deps.ts'

export interface AppEnv {
  Variables: {
    deps: Deps
    ctx: ActionContext
    actor: Actor
  }
}
