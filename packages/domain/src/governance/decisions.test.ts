import type { Decision } from '@jiayuan/contracts'
import { progressPlan, sweepDecision } from './decisions'

const decision: Decision = {
  decisionId: 'd1',
  compoundId: 'c1',
  meetingId: 'm1',
  meetingTitle: '四方联席会议',
  title: '修好 3 号楼电梯',
  owner: { kind: 'party', party: 'property', name: '物业公司' },
  dueDate: '2026-12-10',
  ticketIds: ['t1'],
  itemIds: ['i1'],
  status: 'open',
  progress: [],
  madeAt: '2026-12-01T02:00:00.000Z',
  version: 1,
}
const by = { name: '孙丽', at: '2026-12-05T02:00:00.000Z' }

describe('sweepDecision (G3)', () => {
  it('reminds from the day before the due date (Shanghai), once', () => {
    expect(sweepDecision(decision, new Date('2026-12-08T15:00:00Z'))).toBeNull() // 12-08 23:00
    expect(sweepDecision(decision, new Date('2026-12-08T16:30:00Z'))).toBe('remind') // 12-09 00:30
    expect(
      sweepDecision({ ...decision, remindedAt: '2026-12-09T00:00:00Z' }, new Date('2026-12-10T15:59:00Z')),
    ).toBeNull()
  })
  it('flags overdue once the due day has passed in Shanghai, and only once', () => {
    expect(sweepDecision(decision, new Date('2026-12-10T15:59:00Z'))).toBe('remind')
    expect(sweepDecision(decision, new Date('2026-12-10T16:01:00Z'))).toBe('overdue')
    const flagged = { ...decision, status: 'in_progress' as const, overdueAt: '2026-12-10T16:01:00Z' }
    expect(sweepDecision(flagged, new Date('2026-12-12T00:00:00Z'))).toBeNull()
  })
  it('leaves done and dropped decisions alone', () => {
    expect(sweepDecision({ ...decision, status: 'done' }, new Date('2027-01-01T00:00:00Z'))).toBeNull()
    expect(sweepDecision({ ...decision, status: 'dropped' }, new Date('2027-01-01T00:00:00Z'))).toBeNull()
  })
})

describe('progressPlan (G3)', () => {
  const req = { status: 'done' as const, text: '已修好', photoKeys: [], expectedVersion: 1 }
  it('refuses done without a photo, naming photoKeys', () => {
    expect(() => progressPlan(decision, req, ['property'], by)).toThrow(/photoKeys/)
  })
  it('lets only the owning party or the community report', () => {
    expect(() => progressPlan(decision, { ...req, photoKeys: ['k'] }, ['committee'], by)).toThrow('只有负责方或社区')
    expect(progressPlan(decision, { ...req, photoKeys: ['k'] }, ['community'], by).status).toBe('done')
  })
  it('keeps the reason of a drop and takes no note after', () => {
    const dropped = progressPlan(decision, { ...req, status: 'dropped', text: '业主大会另行表决' }, ['property'], by)
    expect(dropped.reason).toBe('业主大会另行表决')
    expect(() => progressPlan(dropped, { ...req, photoKeys: ['k'] }, ['property'], by)).toThrow('已办结或撤销')
  })
})
