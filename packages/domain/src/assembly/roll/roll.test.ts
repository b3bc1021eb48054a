import { RuleViolation } from '../../errors'
import { buildVotingRoll, rollTotals } from './roll'
import { rollInput } from './roll-fixtures'
import type { UnitSpec } from './roll-fixtures'

function build(specs: UnitSpec[], developers: string[] = [], parkingAreaCounts = false) {
  const { units, owners, ownerships } = rollInput(specs, developers)
  return buildVotingRoll(units, owners, ownerships, { parkingAreaCounts })
}

describe('buildVotingRoll', () => {
  it('counts a person once however many units they own, summing the area', () => {
    const roll = build([
      { id: 'u2', area: 9_000, owners: ['alice'] },
      { id: 'u1', area: 8_000, owners: ['alice'] },
      { id: 'u3', area: 7_000, owners: ['bob'] },
    ])
    expect(roll.subjects).toEqual([
      {
        subjectId: 'alice',
        kind: 'owner',
        area: 17_000,
        units: [
          { unitId: 'u1', area: 8_000, areaCounts: true },
          { unitId: 'u2', area: 9_000, areaCounts: true },
        ],
      },
      { subjectId: 'bob', kind: 'owner', area: 7_000, units: [{ unitId: 'u3', area: 7_000, areaCounts: true }] },
    ])
    expect(rollTotals(roll)).toEqual({ totalArea: 24_000, totalHeads: 2 })
  })

  it('counts co-owners once, through the named voter', () => {
    const roll = build([{ id: 'u1', area: 9_000, owners: ['wife', 'husband'], voter: 'husband' }])
    expect(roll.subjects.map((s) => s.subjectId)).toEqual(['husband'])
  })

  it('adds a co-owned unit to the voter’s own units, and the other co-owner heads only their own', () => {
    const roll = build([
      { id: 'u1', area: 9_000, owners: ['a', 'b'], voter: 'a' },
      { id: 'u2', area: 5_000, owners: ['a'] },
      { id: 'u3', area: 6_000, owners: ['b'] },
    ])
    expect(roll.subjects.map((s) => [s.subjectId, s.area])).toEqual([
      ['a', 14_000],
      ['b', 6_000],
    ])
  })

  it('makes all developer-held units one head: unsold, undelivered with a buyer listed, owned by the developer', () => {
    const roll = build(
      [
        { id: 'u1', area: 1_000, owners: ['dev'], status: 'developer_unsold' },
        { id: 'u2', area: 2_000, owners: ['buyer'], status: 'undelivered' },
        { id: 'u3', area: 3_000, owners: ['dev-sub'] },
        { id: 'u4', area: 4_000, owners: ['buyer'] },
      ],
      ['dev', 'dev-sub'],
    )
    expect(roll.subjects.map((s) => [s.subjectId, s.kind, s.area])).toEqual([
      ['buyer', 'owner', 4_000],
      ['dev', 'developer', 6_000],
    ])
  })

  it('leaves parking area out unless the compound counts it, but a parking owner is still a head', () => {
    const specs: UnitSpec[] = [
      { id: 'u1', area: 9_000, owners: ['a'] },
      { id: 'p1', area: 1_250, owners: ['a'], kind: 'parking' },
      { id: 'p2', area: 1_250, owners: ['b'], kind: 'parking' },
    ]
    expect(rollTotals(build(specs))).toEqual({ totalArea: 9_000, totalHeads: 2 })
    expect(rollTotals(build(specs, [], true))).toEqual({ totalArea: 11_500, totalHeads: 2 })
    expect(build(specs).subjects[0]?.units).toContainEqual({ unitId: 'p1', area: 1_250, areaCounts: false })
  })

  it.each<[string, UnitSpec[], string[]]>([
    ['a co-owned unit without a voter', [{ id: 'u1', area: 1, owners: ['a', 'b'], voter: 'nobody' }], []],
    ['an owned unit without an owner', [{ id: 'u1', area: 1, owners: [] }], []],
    ['developer units but no developer owner', [{ id: 'u1', area: 1, owners: [], status: 'developer_unsold' }], []],
  ])('refuses %s', (_, specs, developers) => {
    expect(() => build(specs, developers)).toThrow(RuleViolation)
  })

  it('refuses two voters on one unit and links to unknown owners or units', () => {
    const input = rollInput([{ id: 'u1', area: 1, owners: ['a', 'b'] }])
    const twoVoters = input.ownerships.map((l) => ({ ...l, isVoter: true }))
    expect(() => buildVotingRoll(input.units, input.owners, twoVoters, { parkingAreaCounts: false })).toThrow(
      RuleViolation,
    )
    const ghostOwner = [...input.ownerships, { unitId: 'u1', ownerId: 'ghost', isVoter: false }]
    expect(() => buildVotingRoll(input.units, input.owners, ghostOwner, { parkingAreaCounts: false })).toThrow(
      RuleViolation,
    )
    const ghostUnit = [...input.ownerships, { unitId: 'u9', ownerId: 'a', isVoter: true }]
    expect(() => buildVotingRoll(input.units, input.owners, ghostUnit, { parkingAreaCounts: false })).toThrow(
      RuleViolation,
    )
  })
})
