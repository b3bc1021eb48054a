import type { Ballot, MeetingScope, Roll, VoteChoice } from '@jiayuan/contracts'
import { tally } from '../counting/tally'
import { LIFT_MATTER_TYPE } from '../meeting/lift'
import { buildVotingRoll, rollTotals } from './roll'
import { rollInput, type UnitSpec } from './roll-fixtures'
import { inScope, scopeRoll } from './scope'

/**
 * 2号楼 (b2): 12 units, u1–u6 of 150 and u7–u12 of 50 (hundredths of m²), 1,200 in all, one owner each except
 * that `x` holds u12 and a unit of 1号楼 (b1); 1号楼 has 4 more owners of 1,000 each. A 2号楼 vote must know
 * none of 1号楼.
 */
function compound(): Roll {
  const b2: UnitSpec[] = Array.from({ length: 12 }, (_, i) => ({
    id: `2-1-${i + 1}01`,
    area: i < 6 ? 150 : 50,
    owners: [i === 11 ? 'x' : `o${i + 1}`],
  }))
  const b1: UnitSpec[] = ['x', 'p1', 'p2', 'p3', 'p4'].map((o, i) => ({
    id: `1-1-${i + 1}01`,
    area: 1_000,
    owners: [o],
  }))
  const input = rollInput([...b2, ...b1])
  return {
    buildings: [
      { buildingId: 'b1', name: '1号楼' },
      { buildingId: 'b2', name: '2号楼' },
    ],
    ...input,
    units: input.units.map((u) => ({ ...u, buildingId: u.label.startsWith('2-') ? 'b2' : 'b1' })),
  }
}

const B2: MeetingScope = { kind: 'building', buildingId: 'b2' }

function scoped(scope: MeetingScope = B2) {
  const { roll } = scopeRoll(scope, compound())
  return buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false })
}

describe('scopeRoll (V14)', () => {
  it('keeps only the scope’s units and owners; an owner inside and outside counts once with the area inside', () => {
    const roll = scoped()
    expect(rollTotals(roll)).toEqual({ totalArea: 1_200, totalHeads: 12 })
    expect(roll.subjects.find((s) => s.subjectId === 'x')).toMatchObject({ area: 50, units: [{ unitId: '2-1-1201' }] })
    expect(roll.subjects.some((s) => s.subjectId.startsWith('p'))).toBe(false)
  })

  it('keeps the whole roll for the whole compound, and names the units of a building or entrance', () => {
    const whole = scopeRoll({ kind: 'compound' }, compound())
    expect(whole.scope).toEqual({ text: '全小区' })
    expect(whole.roll.units).toHaveLength(17)
    expect(scopeRoll(B2, compound()).scope.unitIds).toHaveLength(12)
    expect(scopeRoll({ kind: 'entrance', buildingId: 'b2', entrance: '1' }, compound()).scope.text).toBe('2号楼 1单元')
  })

  it('tells who belongs: anyone for the whole compound, a holder of a scope unit otherwise', () => {
    expect(inScope(undefined, [])).toBe(true)
    expect(inScope(['2-1-101'], ['1-1-101', '2-1-101'])).toBe(true)
    expect(inScope(['2-1-101'], ['1-1-101'])).toBe(false)
  })
})

/** u1–u12 by position: the owner of unit n is `o{n}`, except u12 (x). */
const owner = (n: number) => (n === 12 ? 'x' : `o${n}`)

function liftTally(votes: Array<[number, VoteChoice]>) {
  const ballots: Ballot[] = votes.map(([n, choice], seq) => ({
    subjectId: owner(n),
    motionId: 'm1',
    choice,
    channel: 'online',
    castAt: '2025-03-20T01:00:00.000Z',
    seq,
  }))
  return tally(scoped(), ballots, { motionId: 'm1', matterType: LIFT_MATTER_TYPE, followMajority: false }).raw
}

describe('加装电梯 in 2号楼: 2/3 take part and 3/4 of them agree, by area and by heads (V14, V2)', () => {
  it('passes at exactly 2/3 taking part (800 of 1,200; 8 of 12) and exactly 3/4 agreeing (600 of 800; 6 of 8)', () => {
    const c = liftTally([
      [1, 'yes'],
      [2, 'yes'],
      [3, 'yes'],
      [7, 'yes'],
      [8, 'yes'],
      [9, 'yes'],
      [4, 'no'],
      [10, 'abstain'],
    ])
    expect([c.participatingArea, c.participatingHeads, c.yesArea, c.yesHeads]).toEqual([800, 8, 600, 6])
    expect(c).toMatchObject({
      quorum: { area: true, heads: true },
      approval: { area: true, heads: true },
      passed: true,
    })
  })

  it('fails on heads alone one short of 2/3 (7 of 12) though the area takes part', () => {
    const c = liftTally([
      [1, 'yes'],
      [2, 'yes'],
      [3, 'yes'],
      [4, 'yes'],
      [5, 'yes'],
      [6, 'yes'],
      [7, 'yes'],
    ])
    expect([c.participatingArea, c.participatingHeads]).toEqual([950, 7])
    expect(c).toMatchObject({ quorum: { area: true, heads: false }, passed: false })
  })

  it('fails on area alone under 2/3 (700 of 1,200) with 8 heads taking part', () => {
    const c = liftTally([1, 2, 3, 7, 8, 9, 10, 11].map((n) => [n, 'yes'] as [number, VoteChoice]))
    expect([c.participatingArea, c.participatingHeads]).toEqual([700, 8])
    expect(c).toMatchObject({ quorum: { area: false, heads: true }, passed: false })
  })

  it('fails on agreeing area under 3/4 (500 of 800) with 6 of 8 heads agreeing', () => {
    const c = liftTally([
      [1, 'yes'],
      [2, 'yes'],
      [7, 'yes'],
      [8, 'yes'],
      [9, 'yes'],
      [10, 'yes'],
      [3, 'no'],
      [4, 'no'],
    ])
    expect([c.participatingArea, c.yesArea, c.yesHeads]).toEqual([800, 500, 6])
    expect(c).toMatchObject({ quorum: { met: true }, approval: { area: false, heads: true }, passed: false })
  })

  it('fails on agreeing heads under 3/4 (5 of 8) with 3/4 of the area agreeing', () => {
    const c = liftTally([
      [1, 'yes'],
      [2, 'yes'],
      [3, 'yes'],
      [4, 'yes'],
      [7, 'yes'],
      [8, 'no'],
      [9, 'no'],
      [10, 'no'],
    ])
    expect([c.participatingArea, c.yesArea, c.yesHeads, c.participatingHeads]).toEqual([800, 650, 5, 8])
    expect(c).toMatchObject({ approval: { area: true, heads: false }, passed: false })
  })

  it('refuses a ballot of an owner outside the scope', () => {
    expect(() =>
      tally(
        scoped(),
        [
          {
            subjectId: 'p1',
            motionId: 'm1',
            choice: 'yes',
            channel: 'online',
            castAt: '2025-03-20T01:00:00.000Z',
            seq: 0,
          },
        ],
        {
          motionId: 'm1',
          matterType: LIFT_MATTER_TYPE,
          followMajority: false,
        },
      ),
    ).toThrow('不在冻结的名册中')
  })
})
