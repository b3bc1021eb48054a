import { motionResult as result } from '../assembly/meeting/meeting-fixtures'
import { isCommitteeElection } from './election'

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
