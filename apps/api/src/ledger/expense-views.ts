import type { ExpenseView, LedgerPolicy } from '@jiayuan/contracts'
import { AUTHORISING_MATTERS, approvalsRequiredFor, evidenceRef, type ExpenseRecord } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { evidenceViews } from './evidence'

/** An expense as anyone with access reads it; people appear by masked name (P1). */
export async function expenseView(deps: Deps, e: ExpenseRecord, policy: LedgerPolicy): Promise<ExpenseView> {
  const needsAssembly = e.amountFen > policy.approval.assemblyAboveFen
  const authorised = e.assemblyVote !== undefined && AUTHORISING_MATTERS.includes(e.assemblyVote.matterType)
  return {
    expenseId: e.expenseId,
    category: e.category,
    amountFen: e.amountFen,
    counterparty: e.counterparty,
    memo: e.memo,
    evidence: await evidenceViews(deps, e.evidence.map(evidenceRef)),
    status: e.status === 'pending' && needsAssembly && !authorised ? 'blocked_needs_assembly' : e.status,
    proposerId: e.proposerId,
    proposerName: e.proposerName,
    createdAt: e.createdAt,
    approvals: e.approvals,
    approvalsRequired: approvalsRequiredFor(e.amountFen, policy),
    needsAssembly,
    assemblyLimitFen: policy.approval.assemblyAboveFen,
    ...(e.assemblyVote ? { assemblyVote: e.assemblyVote } : {}),
    ...(e.postedSeq !== undefined ? { postedSeq: e.postedSeq } : {}),
    ...(e.rejection ? { rejection: e.rejection } : {}),
  }
}
