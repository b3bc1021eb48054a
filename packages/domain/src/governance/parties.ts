import type { JointMeetingKind, JointParty, PartyBranchRecord, Role } from '@jiayuan/contracts'

/** The parties whose confirmation locks a meeting's minutes (G2): 三方, and the community for 四方. */
export function partiesOf(kind: JointMeetingKind): JointParty[] {
  const three: JointParty[] = ['party_branch', 'committee', 'property']
  return kind === 'four' ? [...three, 'community'] : three
}

/**
 * Which parties a person speaks for in this compound (G1): the committee by their committee role (from an
 * election or filing), the property company by the staff role, the community by its admin role, the Party
 * branch when the recorded branch names them (secretary or member with an account here).
 */
export function partiesOfPerson(
  roles: readonly Role[],
  userId: string,
  branch: PartyBranchRecord | undefined,
): JointParty[] {
  const out: JointParty[] = []
  const inBranch =
    branch !== undefined &&
    (branch.secretary.userId === userId || branch.members.some((m) => m.userId !== undefined && m.userId === userId))
  if (inBranch) out.push('party_branch')
  if (roles.includes('committee_member')) out.push('committee')
  if (roles.includes('property_staff')) out.push('property')
  if (roles.includes('community_admin')) out.push('community')
  return out
}

/** Who confirms for the Party branch: only its secretary (the members are listed, the secretary signs). */
export function confirmsForBranch(userId: string, branch: PartyBranchRecord | undefined): boolean {
  return branch?.secretary.userId === userId
}
