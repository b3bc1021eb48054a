import type { Ballot, BallotChannel, MeetingRules, ProxyState } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../../errors'
import { byCodeUnit } from '../order'

const isDirect = (channel: BallotChannel): boolean => channel !== 'proxy'

/**
 * DOMAIN V6: a ballot by the owner (online or paper) overrides a proxy's for them, whichever came first,
 * because a represented owner who votes in person takes the vote back from the proxy.
 */
export function overrides(channel: BallotChannel, other: BallotChannel): boolean {
  return isDirect(channel) && !isDirect(other)
}

/**
 * DOMAIN V6, V15: what a proxy holder is told about one principal, from that principal's whole ballot history.
 * Once the owner has voted directly no proxy ballot for them can count (`overrides`), whether it came before or
 * after; otherwise the holder has cast theirs or not yet.
 */
export function proxyStateOf(history: ReadonlyArray<{ channel: BallotChannel }>, castByHolder: boolean): ProxyState {
  if (history.some((b) => overrides(b.channel, 'proxy'))) return 'overridden'
  return castByHolder ? 'cast' : 'not_cast'
}

/**
 * One effective ballot per subject and motion (DOMAIN V6). Among ballots of the same kind the highest `seq`
 * wins, which is how a vote is changed; but a direct ballot (online or paper) beats any proxy ballot for that
 * subject whichever came first (`overrides`). Returned sorted by motion, then subject.
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
  if (overrides(challenger.channel, current.channel)) return true
  if (overrides(current.channel, challenger.channel)) return false
  return challenger.seq > current.seq
}

/** V9: ballots only on the motions published in the notice. */
export function checkMotionsInNotice(noticed: readonly string[], motionIds: readonly string[]): void {
  const unknown = motionIds.find((id) => !noticed.includes(id))
  if (unknown !== undefined) {
    throw new RuleViolation('MotionNotInNotice', '只能对公告中的议题投票（DOMAIN V9）', {
      field: 'body.choices',
      motionId: unknown,
    })
  }
}

/**
 * Refuses a new ballot paper against the voter's earlier ballots, before anything is written (V6): a proxy's
 * ballot once the owner has voted directly, since `overrides` means it could never count; and a second ballot
 * of the same kind where the compound's rules do not allow changing a vote. A direct ballot after a proxy's is
 * not a change of vote: it is the owner taking it back.
 */
export function checkBallotHistory(
  paper: { channel: BallotChannel; motionIds: readonly string[] },
  earlier: ReadonlyArray<{ motionId: string; channel: BallotChannel }>,
  rules: Pick<MeetingRules, 'allowVoteChange'> | undefined,
): void {
  for (const motionId of paper.motionIds) {
    const before = earlier.filter((b) => b.motionId === motionId)
    if (before.some((b) => overrides(b.channel, paper.channel))) {
      throw new Conflict('PrincipalVotedDirectly', '业主本人已经投票，代理投票不再计入', { motionId })
    }
    if (!rules?.allowVoteChange && before.some((b) => isDirect(b.channel) === isDirect(paper.channel))) {
      throw new RuleViolation('VoteChangeNotAllowed', '本小区规定选票一经投出不能更改', { motionId })
    }
  }
}
