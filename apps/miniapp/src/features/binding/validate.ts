import { BindingRequest } from '@jiayuan/contracts'
import { errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { FIELDS, type FieldName } from './labels'

export type FieldErrors = FormErrors<FieldName>

/** What to do about each field, in the form's words. */
export const BINDING_FIX: Record<FieldName, string> = {
  unitId: FIELDS.unitId.fix,
  claimedName: FIELDS.claimedName.fix,
  relation: FIELDS.relation.fix,
  evidenceKey: FIELDS.evidenceKey.fix,
}

/** The same schema the API parses with (STYLE rule 3). */
export function validateBinding(input: unknown): FieldErrors {
  const parsed = BindingRequest.safeParse(input)
  return parsed.success ? {} : errorsFromZod(parsed.error, BINDING_FIX)
}
