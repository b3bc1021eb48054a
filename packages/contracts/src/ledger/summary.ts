// The owners' front page of the books for a month, and what closing a month posted (DOMAIN F1, F5, F6).
import { z } from 'zod'
import { Fen, Id } from '../common'
import { CollectionRate } from './bills'
import { PublishedCheckpoint } from './checkpoints'
import { LedgerMonth } from './entries'

export const CategoryTotal = z.object({ category: z.string(), label: z.string(), fen: Fen })
export type CategoryTotal = z.infer<typeof CategoryTotal>

/**
 * The owners' front page of the books. Fund-side balances (maintenance fund, public income, surplus) are
 * shown as what they hold, i.e. positive; `accounts` gives the raw debit-positive balances.
 */
export const LedgerSummary = z.object({
  month: LedgerMonth,
  headSeq: z.number().int().nonnegative().safe(),
  latestCheckpoint: PublishedCheckpoint.nullable(),
  balances: z.object({
    bankFen: Fen,
    receivablesFen: Fen,
    maintenanceFundFen: Fen,
    publicIncomeLedgerFen: Fen,
    retainedFen: Fen,
    funds: z.array(z.object({ buildingId: Id, name: z.string(), fen: Fen })),
  }),
  income: z.array(CategoryTotal),
  expense: z.array(CategoryTotal),
  incomeTotalFen: Fen,
  expenseTotalFen: Fen,
  remunerationFen: Fen,
  /**
   * Property fees paid into the bank this month (payments of bills, whatever month they were billed in). Fee
   * income counts in the month it is billed, so a month can hold payments and no new income; both are shown.
   */
  feesReceivedFen: Fen,
  collectionRate: CollectionRate,
  unreconciled: z.object({ statementLines: z.number().int().safe(), entries: z.number().int().safe() }),
})
export type LedgerSummary = z.infer<typeof LedgerSummary>

export const MonthCloseResult = z.object({
  month: LedgerMonth,
  alreadyClosed: z.boolean(),
  feesCollectedFen: Fen,
  remunerationFen: Fen,
  publicIncomeFen: Fen,
  topUpFen: Fen,
  seqs: z.array(z.number().int().positive().safe()),
})
export type MonthCloseResult = z.infer<typeof MonthCloseResult>
