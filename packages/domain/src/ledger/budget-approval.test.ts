import { budgetState, planBudgetApproval, planBudgetProposal } from './budget-approval'

const lines = [{ year: 2027, category: 'E1' as const, annualFen: 100_00 }]
const at = '2026-12-01T02:00:00.000Z'

describe('budget approval (F7, dual control)', () => {
  it('a proposal takes effect only when a second member approves it', () => {
    const proposed = planBudgetProposal(
      undefined,
      2027,
      { lines, reason: '年度预算', submit: true },
      { userId: 'a', name: '周明', at },
    )
    expect(budgetState(proposed)).toBe('pending')
    expect(proposed.lines).toEqual([])
    const approved = planBudgetApproval(proposed, proposed.version, { userId: 'b', name: '吴红', at })
    expect(budgetState(approved)).toBe('approved')
    expect(approved).toMatchObject({ lines, approvedBy: 'b', version: proposed.version + 1 })
  })

  it('refuses the proposer approving their own budget', () => {
    const proposed = planBudgetProposal(
      undefined,
      2027,
      { lines, reason: '年度预算', submit: true },
      { userId: 'a', name: '周明', at },
    )
    expect(() => planBudgetApproval(proposed, proposed.version, { userId: 'a', name: '周明', at })).toThrow(
      expect.objectContaining({ code: 'BudgetApproverIsProposer' }),
    )
  })

  it('refuses approving a draft, nothing, or a version the approver did not read', () => {
    const draft = planBudgetProposal(
      undefined,
      2027,
      { lines, reason: '草拟', submit: false },
      { userId: 'a', name: '周明', at },
    )
    expect(budgetState(draft)).toBe('draft')
    expect(() => planBudgetApproval(draft, draft.version, { userId: 'b', name: '吴红', at })).toThrow(
      expect.objectContaining({ code: 'BudgetNotSubmitted' }),
    )
    expect(() => planBudgetApproval(undefined, 0, { userId: 'b', name: '吴红', at })).toThrow(
      expect.objectContaining({ code: 'BudgetNotSubmitted' }),
    )
    const pending = planBudgetProposal(
      draft,
      2027,
      { lines, reason: '提交', submit: true },
      { userId: 'a', name: '周明', at },
    )
    expect(() => planBudgetApproval(pending, draft.version, { userId: 'b', name: '吴红', at })).toThrow(
      expect.objectContaining({ code: 'BudgetChanged' }),
    )
  })

  it('keeps the approved lines in effect while a revision waits', () => {
    const first = planBudgetApproval(
      planBudgetProposal(
        undefined,
        2027,
        { lines, reason: '年度预算', submit: true },
        { userId: 'a', name: '周明', at },
      ),
      1,
      { userId: 'b', name: '吴红', at },
    )
    const revision = planBudgetProposal(
      first,
      2027,
      { lines: [{ year: 2027, category: 'E1', annualFen: 1 }], reason: '调整', submit: true },
      { userId: 'b', name: '吴红', at },
    )
    expect(revision.lines).toEqual(lines)
    expect(revision.approvedBy).toBe('b')
    expect(budgetState(revision)).toBe('pending')
  })
})
