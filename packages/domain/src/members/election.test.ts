import type { MotionResult } from '@jiayuan/contracts'
import { isCommitteeElection } from './election'

const counts = {
  yesArea: 8,
  yesHeads: 8,
  noArea: 1,
  noHeads: 1,
  abstainArea: 0,
  abstainHeads: 0,
  nonVotingArea: 1,
  nonVotingHeads: 1,
}
const result = (motionId: string, matterType: number, passed: boolean): MotionResult =>
  ({
    motionId,
    matterType,
    threshold: 'majority',
    totalArea: 10,
    totalHeads: 10,
    raw: {
      ...counts,
      quorum: { area: true, heads: true, met: true },
      approval: { area: passed, heads: passed },
      passed,
    },
    deemed: null,
    title: `议题 ${motionId}`,
  }) as MotionResult

describe('isCommitteeElection (DOMAIN G1)', () => {
  const results = [result('m3', 3, true), result('m3-lost', 3, false), result('m4', 4, true)]
  it('only a passed type-3 motion of a final result', () => {
    expect(isCommitteeElection({ status: 'final', results }, 'm3')).toBe(true)
    expect(isCommitteeElection({ status: 'final', results }, 'm3-lost')).toBe(false)
    expect(isCommitteeElection({ status: 'final', results }, 'm4')).toBe(false)
    expect(isCommitteeElection({ status: 'preliminary', results }, 'm3')).toBe(false)
    expect(isCommitteeElection({ status: 'closed', results }, 'm3')).toBe(false)
    expect(isCommitteeElection({ status: 'final', results }, 'missing')).toBe(false)
  })
})
