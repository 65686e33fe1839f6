// Domain errors: thrown by actions, mapped to problem+json in one place (src/http/problem.ts).
// Messages are user-facing, Chinese first.

export interface FieldError {
  path: string
  message: string
}

export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what}不存在或无权查看 (${what} not found)`)
  }
}

export class ForbiddenError extends DomainError {}

export class ConflictError extends DomainError {}
/** Something that existed and is no longer to be had: an expired link. */
export class GoneError extends DomainError {}

export class ValidationError extends DomainError {
  readonly errors: FieldError[]
  constructor(message: string, errors: FieldError[] = []) {
    super(message)
    this.errors = errors
  }
}

/**
 * A well-formed request that a rule of the domain refuses (422): a session outside the opening
 * hours, a session marked held before it starts, a funnel step written without its record.
 * `type` names the rule, so clients can tell them apart.
 */
export class RuleError extends DomainError {
  readonly type: RuleType
  readonly errors: FieldError[]
  constructor(type: RuleType, message: string, errors: FieldError[] = []) {
    super(message)
    this.type = type
    this.errors = errors
  }
}
export type RuleType = 'outside-opening-hours' | 'not-started-yet' | 'needs-a-record' | 'session-cancelled' | 'catalogue-too-large'
