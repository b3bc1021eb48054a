import type { FeeModel, JournalEntryDraft } from '@jiayuan/contracts'
import { BANK_ACCOUNT, expenseAccount } from '../chart'
import { assertNonNegativeFen, divRoundHalfUp } from '../money/money'

/**
 * The property company's remuneration for a period (DOMAIN F1). Under commission and trust it is either a
 * share of the income, rounded half-up to the fen (the same 四舍五入 as bills), or a fixed sum per month;
 * under lump-sum the company keeps the fees and there is no remuneration line. Which income is the base
 * (fees billed, fees collected, or also public income) is the service contract's term: the caller passes it.
 */
export function remunerationFor(feeModel: FeeModel, incomeFen: number, months = 1): number {
  assertNonNegativeFen(incomeFen, 'incomeFen')
  if (feeModel.kind === 'lump_sum') return 0
  const { remuneration } = feeModel
  if (remuneration.basis === 'percent_of_income') {
    return divRoundHalfUp(BigInt(incomeFen) * BigInt(remuneration.basisPoints), BigInt(10_000))
  }
  const fixedFen = remuneration.fen * months
  assertNonNegativeFen(fixedFen, 'remuneration.fen')
  return fixedFen
}

/** Posted as its own E11 line, never netted into another expense (F1); null when there is nothing to post. */
export function remunerationEntryDraft(input: {
  entryId: string
  compoundId: string
  postedAt: string
  amountFen: number
  counterparty: string
  period: string
}): JournalEntryDraft | null {
  if (input.amountFen === 0) return null
  return {
    entryId: input.entryId,
    compoundId: input.compoundId,
    postedAt: input.postedAt,
    kind: 'remuneration',
    memo: `物业服务酬金 ${input.period}`,
    counterparty: input.counterparty,
    legs: [
      { account: expenseAccount('E11'), amountFen: input.amountFen },
      { account: BANK_ACCOUNT, amountFen: -input.amountFen },
    ],
  }
}
