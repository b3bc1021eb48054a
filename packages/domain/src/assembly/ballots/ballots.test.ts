import type { Ballot, BallotChannel, VoteChoice } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../../errors'
import { checkBallotHistory, checkMotionsInNotice, effectiveBallots, proxyStateOf } from './ballots'

function ballot(
  seq: number,
  subjectId: string,
  choice: VoteChoice,
  channel: BallotChannel = 'online',
  motionId = 'm1',
): Ballot {
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
    expect(
      effectiveBallots([ballot(1, 'a', 'no', 'online', 'm2'), ballot(2, 'a', 'yes')]).map((b) => b.motionId),
    ).toEqual(['m1', 'm2'])
  })

  it('refuses a repeated seq', () => {
    expect(() => effectiveBallots([ballot(1, 'a', 'no'), ballot(1, 'b', 'yes')])).toThrow(RuleViolation)
  })
})

describe('checkBallotHistory (V6, before a ballot is stored)', () => {
  const paper = (channel: BallotChannel) => ({ channel, motionIds: ['m1', 'm2'] })
  const earlier = (channel: BallotChannel, motionId = 'm2') => [{ motionId, channel }]
  const code = (f: () => void) => {
    try {
      f()
      return 'ok'
    } catch (err) {
      return err instanceof Conflict || err instanceof RuleViolation ? `${err.kind} ${err.code}` : 'other'
    }
  }

  it('refuses a proxy ballot once the owner voted directly, whatever the rules', () => {
    expect(code(() => checkBallotHistory(paper('proxy'), earlier('online'), { allowVoteChange: true }))).toBe(
      'conflict PrincipalVotedDirectly',
    )
    expect(code(() => checkBallotHistory(paper('proxy'), earlier('paper', 'm3'), { allowVoteChange: true }))).toBe('ok')
  })

  it('lets the owner take the vote back from a proxy even where votes cannot be changed', () => {
    expect(code(() => checkBallotHistory(paper('online'), earlier('proxy'), { allowVoteChange: false }))).toBe('ok')
  })

  it('refuses a second ballot of the same kind only where the rules say so', () => {
    expect(code(() => checkBallotHistory(paper('paper'), earlier('online'), { allowVoteChange: false }))).toBe(
      'rule VoteChangeNotAllowed',
    )
    expect(code(() => checkBallotHistory(paper('proxy'), earlier('proxy'), undefined))).toBe(
      'rule VoteChangeNotAllowed',
    )
    expect(code(() => checkBallotHistory(paper('paper'), earlier('online'), { allowVoteChange: true }))).toBe('ok')
  })
})

describe('checkMotionsInNotice (V9)', () => {
  it('names the first motion that was not in the notice', () => {
    expect(() => checkMotionsInNotice(['m1', 'm2'], ['m2', 'm1'])).not.toThrow()
    expect(() => checkMotionsInNotice(['m1'], ['m1', 'm9'])).toThrow(
      expect.objectContaining({ code: 'MotionNotInNotice', details: { field: 'body.choices', motionId: 'm9' } }),
    )
  })
})

describe('proxyStateOf (V6, V15: what the holder is told)', () => {
  it('is not cast until the holder casts, then cast', () => {
    expect(proxyStateOf([], false)).toBe('not_cast')
    expect(proxyStateOf([{ channel: 'proxy' }], true)).toBe('cast')
  })

  it('is overridden once the owner votes directly online or on paper, before or after the proxy', () => {
    expect(proxyStateOf([{ channel: 'proxy' }, { channel: 'online' }], true)).toBe('overridden')
    expect(proxyStateOf([{ channel: 'paper' }], false)).toBe('overridden')
  })
})
