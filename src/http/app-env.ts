import type { Actor } from '../auth/actor.ts'
import type { ActionContext, Deps } from '../deps.ts'
import type { Throttle } from './rate-limit.ts'

export interface AppEnv {
  Variables: {
    deps: Deps
    ctx: ActionContext
    actor: Actor
    throttle: Throttle
  }
}
