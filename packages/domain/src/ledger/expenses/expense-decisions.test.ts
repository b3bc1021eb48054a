import type { ExpenseApprovalPolicy } from '@jiayuan/contracts'
import { planApproval, planMotion, planProposal, planRejection, postedExpense } from './expense-decisions'
import type { ExpenseRecord } from './expense-record'

const policy: ExpenseApprovalPolicy = {
  multiApprovalAboveFen: 100_000,
  approvalsRequired: 2,
  assemblyAboveFen: 1_000_000,
}
const proposer = { userId: 'u-staff', maskedName: '王*', at: '2026-05-10T02:00:00Z' }
const input = {
  category: 'E2' as const,
  amountFen: 50_000,
  counterparty: '电梯维保有限公司',
  memo: '五月维保',
  evidence: [{ kind: 'invoice' as const, key: 'c/receipt/u-staff/a.pdf' }],
}
const expense = (over: Partial<ExpenseRecord> = {}): ExpenseRecord => ({
  ...planProposal('x_1', 'c1', input, proposer),
  ...over,
})
const member = (userId: string) => ({ userId, maskedName: '李*', at: '2026-05-11T02:00:00Z' })

describe('expense decisions (F3)', () => {
  it('refuses a phone number in what every owner reads', () => {
    expect(() => planProposal('x_1', 'c1', { ...input, memo: '联系 13812348888' }, proposer)).toThrow(
      expect.objectContaining({ code: 'PersonalDataInText' }),
    )
  })

  it('never lets the proposer approve, and counts a member once', () => {
    expect(() => planApproval(expense(), member('u-staff'), policy)).toThrow(
      expect.objectContaining({ code: 'Forbidden' }),
    )
    const once = expense({
      amountFen: 200_000,
      approvals: [{ memberId: 'u-a', name: '李*', approvedAt: '2026-05-11T01:00:00Z' }],
    })
    expect(() => planApproval(once, member('u-a'), policy)).toThrow(
      expect.objectContaining({ code: 'AlreadyApproved' }),
    )
  })

  it('records an approval until the policy is met, then posts the entry', () => {
    const first = planApproval(expense({ amountFen: 200_000 }), member('u-a'), policy)
    expect(first).toMatchObject({ kind: 'record', after: { version: 1, approvals: [{ memberId: 'u-a' }] } })
    const last = planApproval(expense(), member('u-a'), policy)
    if (last.kind !== 'post') throw new Error('expected a posting')
    expect(last.draft).toMatchObject({
      entryId: 'exp_x_1',
      kind: 'expense',
      legs: [
        { account: 'expense:E2', amountFen: 50_000 },
        { account: 'asset:bank', amountFen: -50_000 },
      ],
    })
    expect(postedExpense(last, 7)).toMatchObject({ status: 'posted', postedSeq: 7, version: 1 })
  })

  it('blocks above the assembly limit until a passed vote of type 5 or 9 is attached', () => {
    expect(() => planApproval(expense({ amountFen: 2_000_000 }), member('u-a'), policy)).toThrow(
      expect.objectContaining({ code: 'NeedsAssemblyVote' }),
    )
    const authority = {
      meetingId: 'mtg1',
      motionId: 'm1',
      matterType: 5 as const,
      meetingTitle: '业主大会',
      motionTitle: '使用维修资金',
      finalAt: '2026-05-01T00:00:00Z',
    }
    expect(() => planMotion(expense(), authority, member('u-staff'))).toThrow(
      expect.objectContaining({ code: 'Forbidden' }),
    )
    const { after, unchanged } = planMotion(expense({ amountFen: 2_000_000 }), authority, member('u-a'))
    expect(unchanged).toBe(false)
    expect(after.assemblyVote).toMatchObject({ motionId: 'm1', attachedBy: 'u-a' })
    expect(planApproval(after, member('u-a'), policy)).toMatchObject({ kind: 'record' })
    expect(planMotion(after, authority, member('u-b'))).toMatchObject({ unchanged: true })
    const replaced = planMotion(after, { ...authority, motionId: 'm2' }, member('u-b'))
    expect(replaced).toMatchObject({ released: { motionId: 'm1' }, after: { assemblyVote: { motionId: 'm2' } } })
  })

  it('refuses to change an expense that is missing or no longer pending', () => {
    expect(() => planRejection(undefined, { ...member('u-a'), reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'NotFound' }),
    )
    expect(() => planRejection(expense({ status: 'posted' }), { ...member('u-a'), reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'ExpenseNotPending' }),
    )
  })
})
