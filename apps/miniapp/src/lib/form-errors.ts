import { isGenericZhMessage, type FieldIssue } from '@jiayuan/contracts'
import type { ZodError, ZodIssue } from 'zod'
import { ApiError } from './api-error'

/** Field → the sentence shown under it. Keys are the first part of the field's path (`amountFen`, `evidence`). */
export type FormErrors<F extends string> = Partial<Record<F, string>>

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

/**
 * The one way a form turns failures into per-field text, whether the contract's schema refused the input on the
 * phone or the API answered 400 with `details` (`body.location.unitId`). A message the contract or the API wrote
 * in Chinese is shown as it is; zod's English defaults give way to the form's own `fix` for that field. Fields the
 * form does not show are left out; the first issue of a field wins.
 */
function collect<F extends string>(
  issues: ReadonlyArray<{ path: readonly unknown[]; message: string }>,
  fix: Record<F, string>,
): FormErrors<F> {
  const out: FormErrors<F> = {}
  for (const issue of issues) {
    const head = issue.path[0]
    if (typeof head !== 'string' || !(head in fix)) continue
    const field = head as F
    out[field] ??= hasChinese(issue.message) ? issue.message : fix[field]
  }
  return out
}

export function errorsFromZod<F extends string>(error: ZodError, fix: Record<F, string>): FormErrors<F> {
  // The contracts' generic Chinese sentence (必填, 最多 200 个字) gives way to the form's own words too.
  const own = (i: ZodIssue) => (isGenericZhMessage(i) ? { ...i, message: '' } : i)
  return collect(error.issues.map(own), fix)
}

export function errorsFromApi<F extends string>(issues: readonly FieldIssue[], fix: Record<F, string>): FormErrors<F> {
  return collect(
    issues.map((i) => ({ path: i.field.replace(/^body\./, '').split('.'), message: i.message })),
    fix,
  )
}

/** Field errors of whatever a submit threw: a 400's details, or none (the form shows the message instead). */
export function errorsFromFailure<F extends string>(err: unknown, fix: Record<F, string>): FormErrors<F> {
  return err instanceof ApiError ? errorsFromApi(err.fieldIssues(), fix) : {}
}
