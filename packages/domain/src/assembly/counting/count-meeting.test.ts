import { countMotions, publicVotingRoll, quorumShortfall } from './count-meeting'
import { buildVotingRoll } from '../roll/roll'
import { rollInput } from '../roll/roll-fixtures'
import { tally } from './tally'
import type { Ballot } from '@jiayuan/contracts'

describe('counting a meeting', () => {
  const { units, owners, ownerships } = rollInput([
    { id: 'u1', area: 10_000, owners: ['a'] },
    { id: 'u2', area: 20_000, owners: ['b'] },
    { id: 'u3', area: 30_000, owners: ['c'] },
  ])
  const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: false })
  const ballots: Ballot[] = [
    { seq: 1, motionId: 'm1', subjectId: 'a', choice: 'yes', channel: 'online', castAt: '2025-03-01T00:00:00.000Z' },
    { seq: 2, motionId: 'm1', subjectId: 'c', choice: 'yes', channel: 'online', castAt: '2025-03-01T00:00:00.000Z' },
  ]

  it('counts the published roll exactly as the full roll', () => {
    const published = publicVotingRoll(roll.subjects.map((s) => ({ ref: s.subjectId, kind: s.kind, area: s.area })))
    const motions = [{ motionId: 'm1', matterType: 1 as const }]
    expect(countMotions(published, ballots, motions, null)).toEqual([
      tally(roll, ballots, { motionId: 'm1', matterType: 1, followMajority: false }),
    ])
    const deemed = countMotions(published, ballots, motions, ['b'])[0]
    expect(deemed?.deemed).toMatchObject({ side: 'yes', deemedArea: 20_000, deemedHeads: 1 })
  })

  it('says how far participation is from the two-thirds quorum', () => {
    const [result] = countMotions(roll, ballots, [{ motionId: 'm1', matterType: 1 }], null)
    if (!result) throw new Error('fixture')
    // 40,000 of 60,000 is exactly 2/3 of the area; 2 of 3 heads is exactly 2/3 of the heads.
    expect(quorumShortfall(result.raw, 60_000, 3)).toEqual({ area: 0, heads: 0 })
    expect(quorumShortfall({ ...result.raw, participatingArea: 39_999, participatingHeads: 1 }, 60_000, 3)).toEqual({
      area: 1,
      heads: 1,
    })
    expect(quorumShortfall({ ...result.raw, participatingArea: 0, participatingHeads: 0 }, 100, 4)).toEqual({
      area: 67,
      heads: 3,
    })
  })
})
