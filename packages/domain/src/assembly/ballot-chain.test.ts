import type { Ballot } from '@jiayuan/contracts'
import { BALLOT_GENESIS_HASH, ballotPayload, ballotChainEntry, verifyBallotChain, verifyReceipt } from './ballot-chain'
import type { BallotLogEntry } from './ballot-chain'

const ballots: Ballot[] = ['a', 'b', 'c'].map((subjectId, seq) => ({
  subjectId,
  motionId: 'm1',
  choice: 'yes',
  channel: 'online',
  castAt: '2025-03-01T09:00:00+08:00',
  seq,
}))

function log(): BallotLogEntry[] {
  const entries: BallotLogEntry[] = []
  for (const b of ballots) entries.push(ballotChainEntry(entries.at(-1)?.hash ?? BALLOT_GENESIS_HASH, ballotPayload(b)))
  return entries
}

describe('ballot hash chain', () => {
  it('verifies an untouched log', () => {
    expect(verifyBallotChain(log())).toBeNull()
    expect(verifyBallotChain([])).toBeNull()
  })

  it('is deterministic and ignores an absent proxyId', () => {
    const [first] = ballots
    if (!first) throw new Error('fixture')
    expect(ballotChainEntry(BALLOT_GENESIS_HASH, ballotPayload({ ...first, proxyId: undefined })).hash).toBe(log()[0]?.hash)
  })

  it('names the first entry whose payload was edited', () => {
    const entries = log()
    entries[1] = { ...(entries[1] as BallotLogEntry), payload: ballotPayload({ ...(ballots[1] as Ballot), choice: 'no' }) }
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
    entries[1] = ballotChainEntry(prev, ballotPayload({ ...(ballots[1] as Ballot), choice: 'no' }))
    expect(verifyBallotChain(entries)).toBe(2)
  })
})

describe('verifyReceipt', () => {
  it('finds a voter’s receipt in the published list', () => {
    const entries = log()
    expect(verifyReceipt(entries[2]?.hash ?? '', entries)).toEqual({ ok: true, index: 2 })
    expect(verifyReceipt((entries[2]?.hash ?? '').toUpperCase(), entries)).toEqual({ ok: true, index: 2 })
  })

  it('reports a receipt missing from the list', () => {
    expect(verifyReceipt('f'.repeat(64), log())).toEqual({ ok: false, reason: 'not_found' })
  })

  it('refuses to confirm anything against a broken list', () => {
    const entries = log()
    const receipt = entries[2]?.hash ?? ''
    expect(verifyReceipt(receipt, [entries[0], entries[2]] as BallotLogEntry[])).toEqual({
      ok: false,
      reason: 'chain_broken',
      index: 1,
    })
  })
})
