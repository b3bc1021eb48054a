import type { Membership } from '@jiayuan/contracts'
import { getSnapshotSubject, getSnapshotUnitHolders, type MeetingRecord } from '@jiayuan/db'
import { Conflict, Forbidden, RuleViolation } from '@jiayuan/domain'
import type { Deps } from '../deps'

export type VoterCheck =
  | { canVote: true; subjectId: string; area: number; ref: string }
  | { canVote: false; code: string; reason: string; status: 403 | 409 | 422 }

/**
 * Who the caller votes as (DOMAIN V3, V13): an owner of record whose ownerId is a subject of the frozen roll.
 * A co-owner who is not the named voter, or an owner of the developer's stock, is told why not.
 */
export async function checkVoter(deps: Deps, m: MeetingRecord, membership: Membership | undefined): Promise<VoterCheck> {
  const ownerId = membership?.ownerId
  if (!membership || !membership.roles.includes('owner') || !ownerId) {
    return { canVote: false, code: 'NotAnOwner', reason: '只有经业委会认证的业主才能投票；租户可凭书面委托代为投票', status: 403 }
  }
  if (m.rules?.governmentPlatformUrl) {
    return { canVote: false, code: 'CountedOnGovernmentPlatform', reason: `本次表决须在政府平台进行：${m.rules.governmentPlatformUrl}`, status: 422 }
  }
  if (!m.rollHash) return { canVote: false, code: 'VotingNotOpen', reason: '投票尚未开始', status: 409 }
  const found = await getSnapshotSubject(deps.db, m.compoundId, m.meetingId, m.rollHash, ownerId)
  if (found) return { canVote: true, subjectId: ownerId, area: found.subject.area, ref: found.ref }
  const holders = await getSnapshotUnitHolders(deps.db, m.compoundId, m.meetingId, m.rollHash, membership.unitIds)
  const others = [...holders.values()].filter((h) => h.subjectId !== ownerId)
  if (others.some((h) => h.kind === 'developer')) {
    return { canVote: false, code: 'DeveloperUnit', reason: '这套房屋尚未交付或仍属开发商，由开发商统一计为一票', status: 422 }
  }
  if (others.length > 0) {
    return {
      canVote: false,
      code: 'NotNamedVoter',
      reason: '共有的房屋由共有人推举的一位投票人投票，你不是登记的投票人；如需由你投票，请共有人到业委会变更投票人',
      status: 422,
    }
  }
  return { canVote: false, code: 'NotOnFrozenRoll', reason: '你不在本次表决开始时冻结的名册中', status: 422 }
}

export function mustVote(check: VoterCheck): Extract<VoterCheck, { canVote: true }> {
  if (check.canVote) return check
  if (check.status === 403) throw new Forbidden(check.reason)
  if (check.status === 409) throw new Conflict(check.code, check.reason)
  throw new RuleViolation(check.code, check.reason)
}
