import { checkProjectSpending, planClosure, projectFund } from './fund'
import type { PledgeRecord, ProjectRecord } from './record'

const now = '2026-06-01T00:00:00.000Z'
const project = (over: Partial<ProjectRecord> = {}): ProjectRecord => ({
  projectId: 'pj1',
  compoundId: 'c1',
  title: '加装电梯',
  description: '',
  scope: { kind: 'entrance', buildingId: 'b2', entrance: '1' },
  scopeText: '2号楼 1单元',
  targetFen: 1_000,
  rule: { kind: 'per_household' },
  deadline: '2026-06-10T00:00:00.000Z',
  meetingId: 'm',
  motionId: 'm1',
  meetingTitle: '',
  motionTitle: '',
  shares: [],
  pledgedFen: 1_000,
  paidFen: 1_000,
  pledgeCount: 3,
  createdBy: 'u',
  createdAt: now,
  ...over,
})
const pledges: PledgeRecord[] = [
  { projectId: 'pj1', unitId: 'a', amountFen: 333, paidFen: 333, pledgedBy: 'u', pledgedAt: now },
  { projectId: 'pj1', unitId: 'b', amountFen: 333, paidFen: 333, pledgedBy: 'u', pledgedAt: now },
  { projectId: 'pj1', unitId: 'c', amountFen: 334, paidFen: 334, pledgedBy: 'u', pledgedAt: now },
]
const actor = { userId: 'u2', at: now }

describe('a project’s fund (F13, F3)', () => {
  it('spends only once funded, and never past received − spent − pending, naming the field', () => {
    expect(() => checkProjectSpending(project({ pledgedFen: 999 }), 1, now)).toThrow(
      expect.objectContaining({ code: 'ProjectNotFunded', details: { field: 'body.projectId' } }),
    )
    const p = project({ committedFen: 600, spentFen: 400 })
    expect(projectFund(p, now)).toMatchObject({ pendingFen: 200, balanceFen: 600, availableFen: 400 })
    expect(() => checkProjectSpending(p, 400, now)).not.toThrow()
    expect(() => checkProjectSpending(p, 401, now)).toThrow(
      expect.objectContaining({ code: 'ProjectFundShort', details: { field: 'body.amountFen' } }),
    )
  })

  it('refunds the surplus pro rata, exact to the fen, in one entry out of the fund', () => {
    const { closure, draft } = planClosure(
      project({ committedFen: 1, spentFen: 1 }),
      pledges,
      { outcome: 'complete', reason: '结项' },
      actor,
    )
    expect(closure.outcome).toBe('completed')
    expect(closure.refundedFen).toBe(999)
    expect(closure.refunds.reduce((s, r) => s + r.refundFen, 0)).toBe(999)
    expect(draft?.legs).toEqual([
      { account: 'project:pj1', amountFen: 999 },
      { account: 'asset:bank', amountFen: -999 },
    ])
  })

  it('a lapsed project ends as lapsed; completing one not funded, or with a pending expense, is refused', () => {
    const lapsed = project({ pledgedFen: 500, deadline: '2026-05-01T00:00:00.000Z' })
    expect(() => planClosure(lapsed, pledges, { outcome: 'complete', reason: '结项' }, actor)).toThrow(
      expect.objectContaining({ details: { field: 'body.outcome' } }),
    )
    expect(planClosure(lapsed, pledges, { outcome: 'cancel', reason: '终止' }, actor).closure.outcome).toBe('lapsed')
    expect(() =>
      planClosure(project({ committedFen: 5, spentFen: 0 }), pledges, { outcome: 'cancel', reason: '取消' }, actor),
    ).toThrow(expect.objectContaining({ code: 'ProjectHasPending' }))
  })
})
