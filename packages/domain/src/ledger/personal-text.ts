import { maskPhonesInText } from '../privacy/mask-phone'
import { LedgerError } from './errors'

/**
 * Memo, counterparty and reference are hashed into the chain and shown to every owner, so they can never be
 * masked afterwards: a phone number written there is refused instead (P1). Names cannot be told from words
 * by a rule; the form says "organisation" and the counterparty of a fee payment is left empty.
 */
export function assertNoPhoneNumber(text: string | undefined, field: string): void {
  if (text !== undefined && maskPhonesInText(text) !== text) {
    throw new LedgerError('PersonalDataInText', field, '账目会向全体业主公开，请不要填写手机号码等个人信息')
  }
}
