import type { Ballot, BallotChannel, VoteChoice } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'
import { effectiveBallots } from './ballots'

function ballot(seq: number, subjectId: string, choice: VoteChoice, channel: BallotChannel = 'online', motionId = 'm1'): Ballot {
  return {
    seq,
    subjectId,
    motionId,
    choice,
    channel,
    castAt: '2025-03-01T09:00:00+08:00',
    ...(channel === 'proxy' ? { proxyId: 'p1' } : {}),
  }
}

const winners = (ballots: Ballot[]) => effectiveBallots(ballots).map((b) => [b.subjectId, b.choice, b.seq])

describe('effectiveBallots', () => {
  it('keeps the last ballot by seq, whatever order the log is read in', () => {
    expect(winners([ballot(3, 'a', 'no'), ballot(1, 'a', 'yes'), ballot(2, 'b', 'abstain')])).toEqual([
      ['a', 'no', 3],
      ['b', 'abstain', 2],
    ])
  })

  it('lets a direct ballot override an earlier proxy ballot', () => {
    expect(winners([ballot(1, 'a', 'yes', 'proxy'), ballot(2, 'a', 'no', 'paper')])).toEqual([['a', 'no', 2]])
  })

  it('keeps a direct ballot over a later proxy ballot', () => {
    expect(winners([ballot(1, 'a', 'no', 'online'), ballot(2, 'a', 'yes', 'proxy')])).toEqual([['a', 'no', 1]])
  })

  it('lets a later proxy ballot replace an earlier proxy ballot', () => {
    expect(winners([ballot(1, 'a', 'no', 'proxy'), ballot(2, 'a', 'yes', 'proxy')])).toEqual([['a', 'yes', 2]])
  })

  it('keeps motions apart', () => {
    expect(effectiveBallots([ballot(1, 'a', 'no', 'online', 'm2'), ballot(2, 'a', 'yes')]).map((b) => b.motionId)).toEqual([
      'm1',
      'm2',
    ])
  })

  it('refuses a repeated seq', () => {
    expect(() => effectiveBallots([ballot(1, 'a', 'no'), ballot(1, 'b', 'yes')])).toThrow(RuleViolation)
  })
})
