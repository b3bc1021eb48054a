// The ledger policy (DOMAIN F3, F4, F6) and its versioned view.
import { z } from 'zod'
import { Fen, Id, IsoTime, Version } from '../common'
import { ExpenseApprovalPolicy } from './expenses'

/** The ledger's own settings, kept beside (not inside) the compound settings; defaults in the domain. */
export const LedgerPolicy = z
  .object({
    approval: ExpenseApprovalPolicy,
    /** A statement line matches an entry whose value date is at most this many days away (F4). */
    reconciliationWindowDays: z.number().int().min(0).max(31),
    /** Public income tops up the fund only while the fund holds less than this; null: always (F6). */
    fundTopUpWhenBelowFen: Fen.nonnegative().nullable(),
    /** The counterparty of the remuneration line (F1): the property company. */
    propertyCompany: z.string().trim().min(1).max(80),
  })
  .refine((p) => p.approval.assemblyAboveFen >= p.approval.multiApprovalAboveFen, {
    path: ['approval', 'assemblyAboveFen'],
    message: '需业主大会表决的金额不能低于需多人审批的金额',
  })
export type LedgerPolicy = z.infer<typeof LedgerPolicy>

export const LedgerPolicyView = z.object({
  policy: LedgerPolicy,
  version: Version,
  updatedAt: IsoTime.optional(),
  updatedBy: Id.optional(),
})
export type LedgerPolicyView = z.infer<typeof LedgerPolicyView>
