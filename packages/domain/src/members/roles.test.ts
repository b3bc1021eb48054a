import type { Membership } from '@jiayuan/contracts'
import { assertNotSelf, checkCommitteeTerm, effectiveRoles, grantCommittee, planRoleChange } from './roles'

const base: Membership = { compoundId: 'c1', compoundName: '小区', roles: ['resident'], gridIds: [], unitIds: [] }
const filing = {
  source: { kind: 'filing' as const, filingId: 'f1', documentKey: 'c1/filing_document/u/a.pdf' },
  termStart: '2026-01-01',
  termEnd: '2028-12-31',
}

describe('effectiveRoles (DOMAIN G1: the committee role within its term)', () => {
  const member = grantCommittee(base, filing)
  it.each([
    ['2025-12-31', false],
    ['2026-01-01', true],
    ['2028-12-31', true],
    ['2029-01-01', false],
  ])('on %s the committee role holds: %s', (today, holds) => {
    expect(effectiveRoles(member, today).includes('committee_member')).toBe(holds)
    expect(effectiveRoles(member, today)).toContain('resident')
  })
  it('keeps a committee role recorded before terms existed', () => {
    expect(effectiveRoles({ roles: ['committee_member'] }, '2030-01-01')).toEqual(['committee_member'])
  })
})

describe('planRoleChange', () => {
  it('never grants the committee role, but keeps or removes one already held', () => {
    expect(() => planRoleChange(base, { roles: ['resident', 'committee_member'], gridIds: [] }, [])).toThrow(
      '业委会委员只能由选举结果',
    )
    const member = grantCommittee(base, filing)
    expect(planRoleChange(member, { roles: ['resident', 'committee_member'], gridIds: [] }, []).committee).toEqual(
      filing,
    )
    const removed = planRoleChange(member, { roles: ['resident'], gridIds: [] }, [])
    expect(removed.roles).toEqual(['resident'])
    expect(removed.committee).toBeUndefined()
  })
  it('keeps owner exactly as bindings made it (V13)', () => {
    const owner = { ...base, roles: ['resident' as const, 'owner' as const] }
    expect(planRoleChange(owner, { roles: [], gridIds: [] }, []).roles).toEqual(['owner'])
    expect(planRoleChange(base, { roles: ['resident', 'owner'], gridIds: [] }, []).roles).toEqual(['resident'])
  })
  it('a grid worker needs a grid that exists; grids go with the role', () => {
    expect(() => planRoleChange(base, { roles: ['grid_worker'], gridIds: [] }, ['g1'])).toThrow('至少负责一个网格')
    expect(() => planRoleChange(base, { roles: ['grid_worker'], gridIds: ['g9'] }, ['g1'])).toThrow('g9')
    expect(planRoleChange(base, { roles: ['property_staff'], gridIds: ['g1'] }, ['g1']).gridIds).toEqual([])
  })
})

describe('assertNotSelf and checkCommitteeTerm', () => {
  it("refuses one's own roles", () => {
    expect(() => assertNotSelf('u1', 'u1')).toThrow('不能修改自己的角色')
    expect(() => assertNotSelf('u1', 'u2')).not.toThrow()
  })
  it('refuses a term that ended, runs backwards, is longer than five years or is no date', () => {
    const today = '2026-12-02'
    expect(() => checkCommitteeTerm({ termStart: '2021-01-01', termEnd: '2025-12-31' }, today)).toThrow('已经结束')
    expect(() => checkCommitteeTerm({ termStart: '2027-01-01', termEnd: '2026-12-31' }, today)).toThrow('不能早于')
    expect(() => checkCommitteeTerm({ termStart: '2026-12-01', termEnd: '2031-12-02' }, today)).toThrow('五年')
    expect(() => checkCommitteeTerm({ termStart: '2026-02-30', termEnd: '2027-12-01' }, today)).toThrow('有效的日期')
    expect(() => checkCommitteeTerm({ termStart: '2026-12-01', termEnd: '2031-12-01' }, today)).not.toThrow()
  })
})
