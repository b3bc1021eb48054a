import type { AssemblyAuthorisation, Evidence, ExpenseCategory, ExpenseProposal } from '@jiayuan/contracts'
import { evidenceRef } from '../evidence'
import type { FundAllocation } from './fund-payout'

export type StoredExpenseStatus = 'pending' | 'posted' | 'rejected'

export interface ExpenseApprovalRecord {
  memberId: string
  name: string
  approvedAt: string
  overBudgetReason?: string
}

/** A proposed payment out of the account as kept, with its approvals so far (F3). */
export interface ExpenseRecord {
  expenseId: string
  compoundId: string
  proposerId: string
  proposerName: string
  category: ExpenseCategory
  amountFen: number
  counterparty: string
  memo: string
  evidence: Evidence[]
  status: StoredExpenseStatus
  approvals: ExpenseApprovalRecord[]
  assemblyVote?: AssemblyAuthorisation
  /** F11: paid from the maintenance fund; F13: from a crowdfunded project's fund; absent: the operating account. */
  source?: 'maintenance_fund' | 'project'
  /** F13: the project whose fund pays, with its title as it was when proposed. */
  project?: { projectId: string; title: string }
  /** F11: the charges by area, read from the vote's scope when the vote was attached. */
  fund?: FundAllocation
  createdAt: string
  version: number
  postedSeq?: number
  rejection?: { by: string; reason: string; at: string }
}

/** The entry an approved expense posts: debit the heading, credit the bank, with its evidence (F3, F8). */
export const expenseEntryId = (expenseId: string) => `exp_${expenseId}`

/** The expense an entry posted, read back from its id (a line links to the expense's approvals and vote). */
export const expenseIdOfEntry = (entryId: string): string | undefined =>
  entryId.startsWith('exp_') ? entryId.slice('exp_'.length) : undefined

export function toProposal(e: ExpenseRecord): ExpenseProposal {
  return {
    expenseId: e.expenseId,
    compoundId: e.compoundId,
    proposerId: e.proposerId,
    category: e.category,
    amountFen: e.amountFen,
    counterparty: e.counterparty,
    memo: e.memo,
    attachments: e.evidence.map(evidenceRef),
    ...(e.assemblyVote ? { assemblyVote: e.assemblyVote } : {}),
  }
}
