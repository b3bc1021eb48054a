import type { Ballot, SealedBallot } from '@jiayuan/contracts'
import { BALLOT_GENESIS_HASH, ballotChainEntry } from './ballot-chain'
import type { BallotLogEntry } from './ballot-chain'
import { byCodeUnit } from '../order'

export type BallotRecord = Omit<SealedBallot, 'seq'>
export type SealedEntry = BallotLogEntry<SealedBallot>

/**
 * Ballots are stored one item per (subject, motion, version) while voting runs, so 2,000 voters never contend
 * for one chain head; at close they are ordered and chained once (DOMAIN V11). The order is by time cast,
 * then motion, subject and version, numbered from 1. A subject's versions of a motion stay in order because
 * each is stored no earlier than the one before it (the write path enforces it) and equal times fall back to
 * the version.
 */
export function orderBallots(records: readonly BallotRecord[]): SealedBallot[] {
  return [...records]
    .sort(
      (a, b) =>
        byCodeUnit(a.castAt, b.castAt) ||
        byCodeUnit(a.motionId, b.motionId) ||
        byCodeUnit(a.subjectId, b.subjectId) ||
        a.version - b.version,
    )
    .map(({ proxyId, ...rest }, i) => ({ ...rest, seq: i + 1, ...(proxyId ? { proxyId } : {}) }))
}

/** The sealed log: the ordered ballots, each linked to the one before by its hash. */
export function sealBallots(records: readonly BallotRecord[]): SealedEntry[] {
  const entries: SealedEntry[] = []
  let prev = BALLOT_GENESIS_HASH
  for (const payload of orderBallots(records)) {
    const entry = ballotChainEntry(prev, payload)
    entries.push(entry)
    prev = entry.hash
  }
  return entries
}

export function headHash(entries: readonly { hash: string }[]): string {
  return entries.at(-1)?.hash ?? BALLOT_GENESIS_HASH
}

/** The ballot the tally counts, from a sealed payload; `seq` orders versions, direct beats proxy (V6). */
export function toBallot(s: SealedBallot): Ballot {
  const { seq, motionId, subjectId, choice, channel, castAt, proxyId } = s
  return { seq, motionId, subjectId, choice, channel, castAt, ...(proxyId ? { proxyId } : {}) }
}
