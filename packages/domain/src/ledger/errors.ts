import { Conflict, DomainError } from '../errors'
import type { ErrorKind } from '../errors'

const KIND_BY_CODE = {
  InvalidAccountCode: 'invalid',
  UnknownAccount: 'invalid',
  WrongCompound: 'invalid',
  TooFewLegs: 'invalid',
  NonIntegerAmount: 'invalid',
  ZeroAmount: 'invalid',
  UnbalancedEntry: 'rule',
  InvalidAmount: 'invalid',
  InvalidPeriod: 'invalid',
  ReversalTarget: 'invalid',
  NotReversible: 'rule',
  ApproverIsProposer: 'rule',
  WrongExpense: 'invalid',
  EntryNotInChain: 'not_found',
  InvalidCsv: 'invalid',
  PersonalDataInText: 'rule',
  NotOpeningAccount: 'rule',
} as const satisfies Record<string, ErrorKind>

export type LedgerErrorCode = keyof typeof KIND_BY_CODE

/**
 * One named error for every ledger rule. `field` names the offending input (e.g. `legs.1.amountFen`) so the
 * API can answer with a FieldIssue and the form can point at it; the status comes from `kind` as for every
 * DomainError.
 */
export class LedgerError extends DomainError {
  constructor(
    override readonly code: LedgerErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(KIND_BY_CODE[code], code, message, [{ field, message }])
  }
}

/** Optimistic writes of the committee's settings that lost to another editor (409). */
export const policyChanged = () => new Conflict('PolicyChanged', '账本设置已被他人修改，请刷新后再改')
export const budgetChanged = () => new Conflict('BudgetChanged', '预算已被他人修改，请刷新后再改')
