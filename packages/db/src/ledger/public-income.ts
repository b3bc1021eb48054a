import type { Evidence } from '@jiayuan/contracts'
import { BANK_ACCOUNT, evidenceRef, incomeAccount } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { appendOne, type Posted } from './chain-appender'
import { postingId } from './ids'

export interface PublicIncomeInput {
  category: 'parking' | 'advertising' | 'venue_rental' | 'other_public'
  amountFen: number
  counterparty: string
  memo: string
  valueDate?: string
  reference?: string
  evidence: Evidence[]
  idempotencyKey: string
}

/**
 * Posts income from the common parts (F6): debit the bank, credit the source. It stays on its own income account
 * until the month is closed into the public-income ledger (month-close.ts), where the fund top-up is taken.
 */
export async function postPublicIncome(
  db: Db,
  compoundId: string,
  input: PublicIncomeInput,
  actor: { userId: string; at: string },
): Promise<Posted> {
  const entryId = postingId('pi', compoundId, { ...input, actorId: actor.userId })
  const posted = await appendOne(db, compoundId, {
    draft: {
      entryId,
      compoundId,
      postedAt: actor.at,
      kind: 'public_income',
      memo: input.memo || `公共收益：${input.counterparty}`,
      counterparty: input.counterparty,
      legs: [
        { account: BANK_ACCOUNT, amountFen: input.amountFen },
        { account: incomeAccount(input.category), amountFen: -input.amountFen },
      ],
      ...(input.evidence.length ? { attachments: input.evidence.map(evidenceRef) } : {}),
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.valueDate ? { valueDate: input.valueDate } : {}),
    },
    actorId: actor.userId,
    with: (entry) => [
      eventPut(db, {
        compoundId,
        action: 'ledger.public_income_recorded',
        actorId: actor.userId,
        at: actor.at,
        subject: String(entry.seq),
        data: { category: input.category, amountFen: input.amountFen },
      }),
    ],
  })
  return posted
}
