import type { LedgerPolicy } from '@jiayuan/contracts'

/**
 * Defaults of the ledger's own settings, until the committee sets them (F3, F4, F6). One approval up to
 * 5,000 yuan, two committee members above it, and an owners' vote above 50,000 yuan: figures many trust-model
 * covenants use; each compound's covenant should be copied in.
 */
export function defaultLedgerPolicy(): LedgerPolicy {
  return {
    approval: { multiApprovalAboveFen: 500_000, approvalsRequired: 2, assemblyAboveFen: 5_000_000 },
    reconciliationWindowDays: 3,
    fundTopUpWhenBelowFen: null,
    propertyCompany: '物业服务企业',
  }
}

/** How many distinct committee members must approve `amountFen` (F3); the limit is strict, as in `approvalState`. */
export function approvalsRequiredFor(amountFen: number, policy: LedgerPolicy): number {
  return amountFen > policy.approval.multiApprovalAboveFen ? policy.approval.approvalsRequired : 1
}
