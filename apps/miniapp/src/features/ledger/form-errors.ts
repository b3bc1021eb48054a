import type { FieldIssue } from '@jiayuan/contracts'
import type { ZodError } from 'zod'

/**
 * Field errors keyed by the first part of the field's path (`amountFen`, `evidence`), from the contract's own
 * schema on the phone or from the API's 400 details; the words come from the form (`fix`), not from zod.
 */
export type FormErrors<F extends string> = Partial<Record<F, string>>

export function errorsFromZod<F extends string>(error: ZodError, fix: Record<F, string>): FormErrors<F> {
  const out: FormErrors<F> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '') as F
    if (field in fix && !out[field]) out[field] = fix[field]
  }
  return out
}

export function errorsFromApi<F extends string>(issues: FieldIssue[], fix: Record<F, string>): FormErrors<F> {
  const out: FormErrors<F> = {}
  for (const issue of issues) {
    const field = issue.field.replace(/^body\./, '').split('.')[0] as F
    if (field in fix && !out[field]) out[field] = fix[field]
  }
  return out
}
