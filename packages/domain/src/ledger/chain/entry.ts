import { MAX_AMOUNT_FEN, type JournalEntryDraft, type JournalLeg } from '@jiayuan/contracts'
import type { Chart } from '../chart'
import { validateAccountCode } from '../chart'
import { LedgerError } from '../errors'

/** Exact sum of the legs; BigInt because a few large safe integers can add up past 2^53. */
export function legsSum(legs: readonly JournalLeg[]): bigint {
  let sum = BigInt(0)
  for (const leg of legs) sum += BigInt(leg.amountFen)
  return sum
}

/**
 * Every rule a single entry must keep before it is appended (DOMAIN F2, F10). Returns all the errors, not
 * just the first, so a form can mark every bad leg at once; an empty list means the entry may be posted.
 */
export function validateEntry(entry: JournalEntryDraft, chart: Chart): LedgerError[] {
  const errors: LedgerError[] = []
  if (entry.compoundId !== chart.compoundId) {
    errors.push(
      new LedgerError('WrongCompound', 'compoundId', `分录属于小区 ${entry.compoundId}，账套属于 ${chart.compoundId}`),
    )
  }
  if (entry.legs.length < 2) errors.push(new LedgerError('TooFewLegs', 'legs', '复式记账至少需要两条分录行'))

  let amountsAreIntegers = true
  entry.legs.forEach((leg, i) => {
    const accountError = validateAccountCode(leg.account, chart, `legs.${i}.account`)
    if (accountError) errors.push(accountError)
    if (!Number.isSafeInteger(leg.amountFen)) {
      amountsAreIntegers = false
      errors.push(new LedgerError('NonIntegerAmount', `legs.${i}.amountFen`, `金额须为整数分，收到 ${leg.amountFen}`))
    } else if (leg.amountFen === 0) {
      errors.push(new LedgerError('ZeroAmount', `legs.${i}.amountFen`, '金额不能为零'))
    } else if (Math.abs(leg.amountFen) > MAX_AMOUNT_FEN) {
      errors.push(new LedgerError('InvalidAmount', `legs.${i}.amountFen`, '金额过大：单笔不能超过 10 亿元'))
    }
  })
  if (amountsAreIntegers) {
    const sum = legsSum(entry.legs)
    if (sum !== BigInt(0)) errors.push(new LedgerError('UnbalancedEntry', 'legs', `借贷不平，相差 ${sum} 分`))
  }

  // A reversal must say what it reverses, and only a reversal may (F10: corrections are reversals).
  if ((entry.kind === 'reversal') !== (entry.reverses !== undefined)) {
    errors.push(new LedgerError('ReversalTarget', 'reverses', '冲销分录须且仅须注明所冲销的分录'))
  }
  return errors
}

export function assertValidEntry(entry: JournalEntryDraft, chart: Chart): void {
  const [first] = validateEntry(entry, chart)
  if (first) throw first
}
