import type { ExpenseApproval, ExpenseApprovalPolicy, ExpenseProposal } from '@jiayuan/contracts'
import { approvalState } from './dual-control'

const policy: ExpenseApprovalPolicy = {
  multiApprovalAboveFen: 500_000,
  approvalsRequired: 3,
  assemblyAboveFen: 5_000_000,
}

const expense = (amountFen: number, extra: Partial<ExpenseProposal> = {}): ExpenseProposal => ({
  expenseId: 'x1',
  compoundId: 'c1',
  proposerId: 'staff1',
  category: 'E2',
  amountFen,
  counterparty: '某电梯维保公司',
  memo: '电梯维保',
  attachments: ['k/invoice.pdf'],
  ...extra,
})

const by = (...members: string[]): ExpenseApproval[] =>
  members.map((memberId) => ({ expenseId: 'x1', memberId, approvedAt: '2024-03-02T10:00:00+08:00' }))

describe('approvalState', () => {
  it('needs one committee approval at or below the multi-approval limit', () => {
    expect(approvalState(expense(500_000), [], policy)).toBe('pending')
    expect(approvalState(expense(500_000), by('m1'), policy)).toBe('approved')
  })

  it('needs N of M distinct approvals one fen above it', () => {
    expect(approvalState(expense(500_001), by('m1', 'm2'), policy)).toBe('pending')
    expect(approvalState(expense(500_001), by('m1', 'm2', 'm3'), policy)).toBe('approved')
  })

  it('counts a member who approves twice once', () => {
    expect(approvalState(expense(500_001), by('m1', 'm2', 'm2', 'm1'), policy)).toBe('pending')
  })

  it('refuses an approval by the proposer, naming it', () => {
    expect(() => approvalState(expense(100), by('m1', 'staff1'), policy)).toThrow(
      expect.objectContaining({ code: 'ApproverIsProposer', field: 'approvals.1.memberId', kind: 'rule' }),
    )
  })

  it('refuses an approval of another expense', () => {
    const other = [{ expenseId: 'x2', memberId: 'm1', approvedAt: '2024-03-02T10:00:00+08:00' }]
    expect(() => approvalState(expense(100), other, policy)).toThrow(expect.objectContaining({ code: 'WrongExpense' }))
  })

  it('blocks above the assembly limit however many members approve', () => {
    expect(approvalState(expense(5_000_000), by('m1', 'm2', 'm3'), policy)).toBe('approved')
    expect(approvalState(expense(5_000_001), by('m1', 'm2', 'm3', 'm4', 'm5'), policy)).toBe('blocked_needs_assembly')
  })

  it('unblocks with a checked vote of type 5 or 9, and still needs the N approvals', () => {
    const voted = (matterType: 4 | 5 | 9) =>
      expense(5_000_001, {
        assemblyVote: {
          meetingId: 'mtg1',
          motionId: 'mo1',
          matterType,
          meetingTitle: '业主大会',
          motionTitle: '更新监控系统',
          finalAt: '2024-02-01T00:00:00Z',
          attachedBy: 'm1',
          attachedAt: '2024-03-01T00:00:00Z',
        },
      })
    expect(approvalState(voted(5), by('m1'), policy)).toBe('pending')
    expect(approvalState(voted(5), by('m1', 'm2', 'm3'), policy)).toBe('approved')
    expect(approvalState(voted(9), by('m1', 'm2', 'm3'), policy)).toBe('approved')
    expect(approvalState(voted(4), by('m1', 'm2', 'm3'), policy)).toBe('blocked_needs_assembly')
  })
})
