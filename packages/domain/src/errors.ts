import type { FieldIssue } from '@jiayuan/contracts'

/**
 * Expected failures are named errors. The API maps each `kind` to one status code in one place
 * (apps/api/src/http/errors.ts); internals never reach the client.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'unavailable'

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = code
  }
}

/** 400: bad input, naming the field(s). */
export class InvalidInput extends DomainError {
  constructor(message: string, issues: FieldIssue[] | unknown) {
    super('invalid', 'InvalidInput', message, issues)
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = '请先登录') {
    super('unauthenticated', 'Unauthenticated', message)
  }
}

export class Forbidden extends DomainError {
  constructor(message = '没有权限') {
    super('forbidden', 'Forbidden', message)
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super('not_found', 'NotFound', `${what}不存在`)
  }
}

/** 409: lost a race or the record is in the wrong state. */
export class Conflict extends DomainError {
  constructor(code: string, message: string, details?: unknown) {
    super('conflict', code, message, details)
  }
}

/** 422: a domain rule refused it. */
export class RuleViolation extends DomainError {
  constructor(code: string, message: string, details?: unknown) {
    super('rule', code, message, details)
  }
}

/**
 * 503: a store the request needs is overloaded or failing for now; nothing was written, and the same request
 * (same ids) may be sent again after `retryAfterSeconds`, which the API also sends as `Retry-After`.
 */
export class Unavailable extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('unavailable', code, message, { retryAfterSeconds })
  }
}
