import { type ZodError } from 'zod'
import { DomainError, InvalidInput, Unavailable, type ErrorKind } from '@jiayuan/domain'
import type { ErrorBody, FieldIssue } from '@jiayuan/contracts'
import { fromStore } from './store-outcomes'
import { TransportRefusal } from './transport'

/** The one place a named error becomes a status code (STYLE.md rule 7). */
const STATUS: Record<ErrorKind, 400 | 401 | 403 | 404 | 409 | 422 | 503> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
  unavailable: 503,
}

export function invalidFromZod(err: ZodError, where: 'params' | 'query' | 'body'): InvalidInput {
  const issues: FieldIssue[] = err.issues.map((i) => ({
    field: [where, ...i.path].join('.'),
    message: i.message,
  }))
  const first = issues[0]
  const summary = first ? `${first.field}: ${first.message}` : `${where} is invalid`
  return new InvalidInput(summary, issues)
}

/** Body fields the contract does not name: refused, not dropped (issue 15 item 7; openapi says no extra fields). */
export function invalidFromUnknown(paths: readonly string[][]): InvalidInput {
  const issues = paths.map((path) => ({
    path,
    message: `不认识的字段“${path[path.length - 1] ?? ''}”，请删去或检查拼写`,
  }))
  return invalidFromZod({ issues } as unknown as ZodError, 'body')
}

export function errorResponse(
  thrown: unknown,
  log: (entry: Record<string, unknown>) => void,
): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (thrown instanceof TransportRefusal)
    return {
      status: thrown.status,
      body: { error: { code: thrown.code, message: thrown.message } },
      ...(thrown.retryAfterSeconds ? { headers: { 'retry-after': String(thrown.retryAfterSeconds) } } : {}),
    }
  const err = fromStore(thrown)
  if (err instanceof DomainError) {
    if (err instanceof Unavailable)
      log({ level: 'warn', message: 'answered 503', code: err.code, retryAfterSeconds: err.retryAfterSeconds })
    return {
      status: STATUS[err.kind],
      body: {
        error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) },
      },
      ...(err instanceof Unavailable ? { headers: { 'retry-after': String(err.retryAfterSeconds) } } : {}),
    }
  }
  log({
    level: 'error',
    message: 'unhandled error',
    error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
  })
  return { status: 500, body: { error: { code: 'Internal', message: '服务暂时不可用，请稍后再试' } } }
}
