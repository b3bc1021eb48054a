import type { Ballot, VoteChoice } from '@jiayuan/contracts'
import { buildVotingRoll } from '../roll/roll'
import { rollInput } from '../roll/roll-fixtures'
import type { UnitSpec } from '../roll/roll-fixtures'
import { tally } from './tally'

/**
 * A 10,000-unit compound mixing every roll shape (developer stock, multi-unit owners, co-owners, parking),
 * checked against totals worked out directly from the unit list rather than from the roll builder.
 */
function compound(): UnitSpec[] {
  return Array.from({ length: 10_000 }, (_, i): UnitSpec => {
    const area = 5_000 + (i % 7) * 1_000
    if (i < 200) return { id: `u${i}`, area, owners: ['dev'], status: i % 2 ? 'undelivered' : 'developer_unsold' }
    if (i >= 9_700) return { id: `u${i}`, area, owners: [`o${i - 9_700 + 5_000}`], kind: 'parking' }
    const owner = i < 2_200 ? `o${Math.floor(i / 2)}` : `o${i}`
    return { id: `u${i}`, area, owners: i % 10 === 3 ? [owner, `spouse${i}`] : [owner] }
  })
}

const choiceOf = (n: number): VoteChoice | undefined => (['yes', 'yes', 'no', 'abstain', undefined] as const)[n % 5]

describe('tally on a 10,000-unit roll', () => {
  it('matches totals computed straight from the units', () => {
    const specs = compound()
    const { units, owners, ownerships } = rollInput(specs, ['dev'])
    const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: false })

    const areaByVoter = new Map<string, number>()
    for (const s of specs) {
      const voter = s.status ? 'dev' : (s.owners[0] ?? '')
      areaByVoter.set(voter, (areaByVoter.get(voter) ?? 0) + (s.kind === 'parking' ? 0 : s.area))
    }
    const voters = [...areaByVoter.keys()].sort()
    const ballots: Ballot[] = []
    const expected = { yes: { area: 0, heads: 0 }, no: { area: 0, heads: 0 }, abstain: { area: 0, heads: 0 } }
    voters.forEach((subjectId, n) => {
      const choice = choiceOf(n)
      if (!choice) return
      ballots.push({
        subjectId,
        motionId: 'm1',
        choice,
        channel: 'online',
        castAt: '2025-03-01T09:00:00+08:00',
        seq: n,
      })
      expected[choice].area += areaByVoter.get(subjectId) ?? 0
      expected[choice].heads += 1
    })

    const r = tally(roll, ballots, { motionId: 'm1', matterType: 1, followMajority: false })
    expect(r.totalHeads).toBe(voters.length)
    expect(r.totalHeads).toBe(1 + 1_000 + 7_500)
    expect(r.totalArea).toBe(specs.reduce((sum, s) => sum + (s.kind === 'parking' ? 0 : s.area), 0))
    expect({ area: r.raw.yesArea, heads: r.raw.yesHeads }).toEqual(expected.yes)
    expect({ area: r.raw.noArea, heads: r.raw.noHeads }).toEqual(expected.no)
    expect({ area: r.raw.abstainArea, heads: r.raw.abstainHeads }).toEqual(expected.abstain)
    expect(r.raw.participatingHeads).toBe(ballots.length)
  })
})
