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

export class ValidationError extends DomainError {
  readonly errors: FieldError[]
  constructor(message: string, errors: FieldError[] = []) {
    super(message)
    this.errors = errors
  }
}
