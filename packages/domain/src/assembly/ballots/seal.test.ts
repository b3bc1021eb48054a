import { verifyBallotChain } from './ballot-chain'
import { effectiveBallots } from './ballots'
import { headHash, sealBallots, toBallot } from './seal'
import type { BallotRecord } from './seal'

const rec = (
  subjectId: string,
  castAt: string,
  version: number,
  choice: BallotRecord['choice'] = 'yes',
): BallotRecord => ({
  motionId: 'm1',
  subjectId,
  choice,
  channel: 'online',
  castAt: `2025-03-01T00:00:0${castAt}.000Z`,
  version,
  receipt: 'a'.repeat(64),
})

describe('sealBallots', () => {
  it('orders by time, then motion, subject and version, numbers from 1 and chains', () => {
    const sealed = sealBallots([rec('b', '2', 1), rec('a', '2', 2, 'no'), rec('a', '2', 1), rec('c', '1', 1)])
    expect(sealed.map((e) => [e.payload.seq, e.payload.subjectId, e.payload.version])).toEqual([
      [1, 'c', 1],
      [2, 'a', 1],
      [3, 'a', 2],
      [4, 'b', 1],
    ])
    expect(verifyBallotChain(sealed)).toBeNull()
    expect(headHash(sealed)).toBe(sealed[3]?.hash)
    expect(effectiveBallots(sealed.map((e) => toBallot(e.payload))).find((b) => b.subjectId === 'a')?.choice).toBe('no')
  })

  it('gives the same chain however the records were read', () => {
    const records = [rec('b', '2', 1), rec('a', '3', 1), rec('c', '1', 1)]
    expect(headHash(sealBallots(records))).toBe(headHash(sealBallots([...records].reverse())))
    expect(headHash(sealBallots([]))).toBe('0'.repeat(64))
  })
})
