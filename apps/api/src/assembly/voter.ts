import type { Membership } from '@jiayuan/contracts'
import { getSnapshotSubject, getSnapshotUnitHolders, type MeetingRecord } from '@jiayuan/db'
import { offRollRefusal, voterStanding, type VoterRefusal } from '@jiayuan/domain'
import type { Deps } from '../deps'

export type VoterCheck =
  { canVote: true; subjectId: string; area: number; ref: string } | { canVote: false; refusal: VoterRefusal }

/**
 * Who the caller votes as (DOMAIN V3, V13): an owner of record whose ownerId is a subject of the frozen roll.
 * A co-owner who is not the named voter, or an owner of the developer's stock, is told why not.
 */
export async function checkVoter(
  deps: Deps,
  m: MeetingRecord,
  membership: Membership | undefined,
): Promise<VoterCheck> {
  const standing = voterStanding(membership, m)
  if ('error' in standing) return { canVote: false, refusal: standing }
  const { ownerId, rollHash } = standing
  const found = await getSnapshotSubject(deps.db, m.compoundId, m.meetingId, rollHash, ownerId)
  if (found) return { canVote: true, subjectId: ownerId, area: found.subject.area, ref: found.ref }
  const holders = await getSnapshotUnitHolders(deps.db, m.compoundId, m.meetingId, rollHash, membership?.unitIds ?? [])
  return { canVote: false, refusal: offRollRefusal(ownerId, [...holders.values()]) }
}

export function mustVote(check: VoterCheck): Extract<VoterCheck, { canVote: true }> {
  if (check.canVote) return check
  throw check.refusal.error
}
