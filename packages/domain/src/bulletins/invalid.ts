import { InvalidInput } from '../errors'

/** 400 naming one field of the request, worded as the form shows it under that field. */
export function invalidField(field: string, message: string): InvalidInput {
  return new InvalidInput(`${field}: ${message}`, [{ field, message }])
}
