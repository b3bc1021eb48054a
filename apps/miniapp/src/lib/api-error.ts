import { ErrorBody, FieldIssue, RollRowError } from '@jiayuan/contracts'

/** The API's one error shape as a typed error (DESIGN "Errors"); status 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** 400 details as field issues, e.g. `{ field: 'body.claimedName', message }`. */
  fieldIssues(): FieldIssue[] {
    const parsed = FieldIssue.array().safeParse(this.details)
    return parsed.success ? parsed.data : []
  }

  /** Roll import errors: `{ row, column?, message }` per bad row. */
  rowErrors(): RollRowError[] {
    const parsed = RollRowError.array().safeParse(this.details)
    return parsed.success ? parsed.data : []
  }
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body)
  if (parsed.success) {
    const { code, message, details } = parsed.data.error
    return new ApiError(status, code, message, details)
  }
  return new ApiError(status, 'Unexpected', status >= 500 ? '服务暂时不可用，请稍后再试' : `请求失败（${status}）`)
}

export const networkError = () => new ApiError(0, 'Network', '网络不通，请检查网络后重试')

/** A message fit to show a person, whatever was thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message
  return '出了点问题，请稍后再试'
}
