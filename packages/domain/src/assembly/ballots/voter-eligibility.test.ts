import { offRollRefusal, voterStanding } from './voter-eligibility'

const owner = { roles: ['resident', 'owner'] as const, ownerId: 'o1' }
const open = { rollHash: 'h1' }
const answer = (r: ReturnType<typeof voterStanding>) => ('error' in r ? [r.code, r.error.kind, r.error.code] : r)

describe('voterStanding (V3, V12, V13)', () => {
  it('names the owner and the frozen roll to look in', () => {
    expect(voterStanding(owner, open)).toEqual({ ownerId: 'o1', rollHash: 'h1' })
  })

  it('refuses tenants and unbound owners as forbidden, the rest by rule or state', () => {
    expect(answer(voterStanding(undefined, open))).toEqual(['NotAnOwner', 'forbidden', 'Forbidden'])
    expect(answer(voterStanding({ roles: ['resident'], ownerId: 'o1' }, open))).toEqual([
      'NotAnOwner',
      'forbidden',
      'Forbidden',
    ])
    expect(answer(voterStanding({ roles: ['owner'] }, open))).toEqual(['NotAnOwner', 'forbidden', 'Forbidden'])
    expect(
      answer(voterStanding(owner, { ...open, rules: { governmentPlatformUrl: 'https://gov.example.cn' } })),
    ).toEqual(['CountedOnGovernmentPlatform', 'rule', 'CountedOnGovernmentPlatform'])
    expect(answer(voterStanding(owner, {}))).toEqual(['VotingNotOpen', 'conflict', 'VotingNotOpen'])
  })

  it('refuses an owner with no unit in a building’s or entrance’s vote as forbidden, saying whose vote it is (V14)', () => {
    const scoped = { ...open, scopeText: '2号楼', scopeUnitIds: ['b2-1-101'] }
    const outside = voterStanding({ ...owner, unitIds: ['b1-1-101'] }, scoped)
    expect(answer(outside)).toEqual(['NotInScope', 'forbidden', 'Forbidden'])
    expect('error' in outside && outside.error.message).toContain('2号楼')
    expect(voterStanding({ ...owner, unitIds: ['b1-1-101', 'b2-1-101'] }, scoped)).toEqual({
      ownerId: 'o1',
      rollHash: 'h1',
    })
  })
})

describe('offRollRefusal (V3)', () => {
  it('says why an owner is not on the frozen roll', () => {
    expect(offRollRefusal('o1', [{ subjectId: 'dev', kind: 'developer' }]).code).toBe('DeveloperUnit')
    expect(offRollRefusal('o1', [{ subjectId: 'o2', kind: 'owner' }]).code).toBe('NotNamedVoter')
    expect(offRollRefusal('o1', [{ subjectId: 'o1', kind: 'owner' }]).code).toBe('NotOnFrozenRoll')
    expect(offRollRefusal('o1', []).error.kind).toBe('rule')
  })
})
