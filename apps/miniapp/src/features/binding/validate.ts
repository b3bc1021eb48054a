import { BindingRequest, type FieldIssue } from '@jiayuan/contracts'
import { FIELDS, type FieldName } from './labels'

export type FieldErrors = Partial<Record<FieldName, string>>

const isField = (name: string | undefined): name is FieldName => !!name && name in FIELDS
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

/** The same schema the API parses with (STYLE rule 3); messages are the form's own, in Chinese. */
export function validateBinding(input: unknown): FieldErrors {
  const parsed = BindingRequest.safeParse(input)
  if (parsed.success) return {}
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const name = issue.path[0]
    if (typeof name === 'string' && isField(name)) errors[name] = FIELDS[name].fix
  }
  return errors
}

/** 400 details from the API (`body.unitId`) onto the form's fields; its message when it is in Chinese. */
export function fieldErrorsFromApi(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const name = issue.field.replace(/^body\./, '').split('.')[0]
    if (isField(name)) errors[name] = hasChinese(issue.message) ? issue.message : FIELDS[name].fix
  }
  return errors
}
