import { BALLOT_GENESIS_HASH, ballotChainEntry, followsFrom, verifyBallotChain } from './ballot-chain'
import type { BallotLogEntry } from './ballot-chain'

type Payload = { subjectId: string; motionId: string; choice: string; channel: string; castAt: string; seq: number }

const ballots: Payload[] = ['a', 'b', 'c'].map((subjectId, seq) => ({
  subjectId,
  motionId: 'm1',
  choice: 'yes',
  channel: 'online',
  castAt: '2025-03-01T09:00:00+08:00',
  seq,
}))

function log(): BallotLogEntry[] {
  const entries: BallotLogEntry[] = []
  for (const b of ballots) entries.push(ballotChainEntry(entries.at(-1)?.hash ?? BALLOT_GENESIS_HASH, b))
  return entries
}

describe('ballot hash chain', () => {
  it('verifies an untouched log', () => {
    expect(verifyBallotChain(log())).toBeNull()
    expect(verifyBallotChain([])).toBeNull()
  })

  it('is deterministic', () => {
    const [first] = ballots
    if (!first) throw new Error('fixture')
    expect(ballotChainEntry(BALLOT_GENESIS_HASH, { ...first }).hash).toBe(log()[0]?.hash)
  })

  it('checks one entry against the hash before it', () => {
    const [first, second] = log()
    if (!first || !second) throw new Error('fixture')
    expect(followsFrom(first, BALLOT_GENESIS_HASH)).toBe(true)
    expect(followsFrom(second, first.hash)).toBe(true)
    expect(followsFrom(second, BALLOT_GENESIS_HASH)).toBe(false)
    expect(followsFrom({ ...second, payload: { ...(ballots[1] as Payload), choice: 'no' } }, first.hash)).toBe(false)
  })

  it('names the first entry whose payload was edited', () => {
    const entries = log()
    entries[1] = { ...(entries[1] as BallotLogEntry), payload: { ...(ballots[1] as Payload), choice: 'no' } }
    expect(verifyBallotChain(entries)).toBe(1)
  })

  it('names the entry after a deletion or reordering', () => {
    const entries = log()
    expect(verifyBallotChain([entries[0], entries[2]] as BallotLogEntry[])).toBe(1)
    expect(verifyBallotChain([entries[1], entries[0]] as BallotLogEntry[])).toBe(0)
  })

  it('names an entry whose edited payload was re-hashed but not re-linked downstream', () => {
    const entries = log()
    const prev = entries[0]?.hash ?? BALLOT_GENESIS_HASH
    entries[1] = ballotChainEntry(prev, { ...(ballots[1] as Payload), choice: 'no' })
    expect(verifyBallotChain(entries)).toBe(2)
  })
})
