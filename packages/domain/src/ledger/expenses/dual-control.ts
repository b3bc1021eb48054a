import type { ExpenseApproval, ExpenseApprovalPolicy, ExpenseApprovalState, ExpenseProposal } from '@jiayuan/contracts'
import { LedgerError } from '../errors'
import { AUTHORISING_MATTERS } from './assembly-authority'

/**
 * Dual control (双密码, DOMAIN F3) as a decision on the facts so far. The property company proposes; committee
 * members approve. Limits are strict: an amount equal to `multiApprovalAboveFen` needs one approval, one fen
 * more needs `approvalsRequired`. Above `assemblyAboveFen` the payment is blocked until a passed owners' vote
 * of type 5 or 9 is attached, and still needs the committee's N approvals after that.
 *
 * An approval by the proposer is an error, not merely ignored: it means the caller let the initiator approve.
 * Repeated approvals by one member count once. The caller admits only current committee members.
 */
export function approvalState(
  expense: ExpenseProposal,
  approvals: readonly ExpenseApproval[],
  policy: ExpenseApprovalPolicy,
): ExpenseApprovalState {
  const approvers = new Set<string>()
  approvals.forEach((approval, i) => {
    if (approval.expenseId !== expense.expenseId) {
      throw new LedgerError('WrongExpense', `approvals.${i}.expenseId`, `该审批属于另一笔支出 ${approval.expenseId}`)
    }
    if (approval.memberId === expense.proposerId) {
      throw new LedgerError('ApproverIsProposer', `approvals.${i}.memberId`, '发起人不能审批自己发起的支出')
    }
    approvers.add(approval.memberId)
  })

  if (expense.amountFen > policy.assemblyAboveFen && !assemblyAuthorised(expense)) return 'blocked_needs_assembly'
  const required = expense.amountFen > policy.multiApprovalAboveFen ? policy.approvalsRequired : 1
  return approvers.size >= required ? 'approved' : 'pending'
}

/** The vote is attached only after its sealed final result was checked (`assertAuthority`); the type again here. */
function assemblyAuthorised({ assemblyVote }: ExpenseProposal): boolean {
  return assemblyVote !== undefined && AUTHORISING_MATTERS.includes(assemblyVote.matterType)
}
