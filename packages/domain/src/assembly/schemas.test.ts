import { Ballot, MatterType, TallyResult, VotingRoll } from '@jiayuan/contracts'
import { buildVotingRoll } from './roll/roll'
import { equalRoll, rollInput } from './roll/roll-fixtures'
import { tally } from './counting/tally'

// The contracts are what the API publishes (DOMAIN V10); the domain's output must parse with them unchanged.
describe('assembly contracts', () => {
  it('parse what the domain produces', () => {
    const { units, owners, ownerships } = rollInput(equalRoll(3))
    const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: false })
    const ballot = {
      subjectId: 'o1',
      motionId: 'm1',
      choice: 'yes',
      channel: 'online',
      castAt: '2025-03-01T09:00:00+08:00',
      seq: 1,
    }
    const result = tally(roll, [Ballot.parse(ballot)], {
      motionId: 'm1',
      matterType: 6,
      followMajority: true,
      deliveredSubjectIds: ['o2'],
    })
    expect(VotingRoll.parse(roll)).toEqual(roll)
    expect(TallyResult.parse(result)).toEqual(result)
  })

  it('accept only matter types 1 to 9, typed as that union', () => {
    const six: MatterType = 6
    // @ts-expect-error 10 is not a matter type
    const ten: MatterType = 10
    expect(MatterType.safeParse(six).success).toBe(true)
    expect([0, ten, 1.5, '1'].map((v) => MatterType.safeParse(v).success)).toEqual([false, false, false, false])
  })

  it('require a proxy id exactly on proxy ballots', () => {
    const base = { subjectId: 'o1', motionId: 'm1', choice: 'no', castAt: '2025-03-01T09:00:00+08:00', seq: 2 }
    expect(Ballot.safeParse({ ...base, channel: 'proxy', proxyId: 'p1' }).success).toBe(true)
    expect(Ballot.safeParse({ ...base, channel: 'proxy' }).success).toBe(false)
    expect(Ballot.safeParse({ ...base, channel: 'paper', proxyId: 'p1' }).success).toBe(false)
  })
})
