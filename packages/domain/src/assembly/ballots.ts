import type { Ballot } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'
import { byCodeUnit } from './order'

const isDirect = (b: Ballot): boolean => b.channel !== 'proxy'

/**
 * One effective ballot per subject and motion (DOMAIN V6). Among ballots of the same kind the highest `seq`
 * wins, which is how a vote is changed; but a direct ballot (online or paper) beats any proxy ballot for that
 * subject whichever came first, because a represented owner who votes in person overrides the proxy.
 * Returned sorted by motion, then subject.
 */
export function effectiveBallots(ballots: readonly Ballot[]): Ballot[] {
  const seen = new Set<number>()
  const bySubject = new Map<string, Ballot>()
  for (const ballot of ballots) {
    // The log's sequence is unique; a repeat means two ballots could each claim to be the last.
    if (seen.has(ballot.seq)) {
      throw new RuleViolation('DuplicateBallotSeq', `选票序号 ${ballot.seq} 重复`, { seq: ballot.seq })
    }
    seen.add(ballot.seq)
    const key = `${ballot.motionId}\u0000${ballot.subjectId}`
    const current = bySubject.get(key)
    if (!current || beats(ballot, current)) bySubject.set(key, ballot)
  }
  return [...bySubject.values()].sort(
    (a, b) => byCodeUnit(a.motionId, b.motionId) || byCodeUnit(a.subjectId, b.subjectId),
  )
}

function beats(challenger: Ballot, current: Ballot): boolean {
  if (isDirect(challenger) !== isDirect(current)) return isDirect(challenger)
  return challenger.seq > current.seq
}
