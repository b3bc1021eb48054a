import type { Role } from '@jiayuan/contracts'
import { getMeetingRecord, type MeetingRecord } from '@jiayuan/db'
import { NotFound, RuleViolation } from '@jiayuan/domain'
import type { Deps } from '../deps'

export const isCommittee = (roles: readonly Role[]) => roles.includes('committee_member')

/** The meeting, or 404; a draft is the committee's working copy and does not exist for anyone else. */
export async function loadMeeting(
  deps: Deps,
  params: { compoundId: string; meetingId: string },
  roles: readonly Role[],
): Promise<MeetingRecord> {
  return visibleMeeting(await getMeetingRecord(deps.db, params.compoundId, params.meetingId), roles)
}

/** A draft is the committee's own until its notice is published; to anyone else it does not exist. */
export function visibleMeeting(m: MeetingRecord | undefined, roles: readonly Role[]): MeetingRecord {
  if (!m || (m.status === 'draft' && !isCommittee(roles))) throw new NotFound('会议')
  return m
}

/** DOMAIN V12: where the counted vote is on a government platform, the app takes no part in counting. */
export function refuseOnPlatform(m: MeetingRecord, what: string): void {
  const url = m.rules?.governmentPlatformUrl
  if (url)
    throw new RuleViolation('CountedOnGovernmentPlatform', `本次表决在政府平台进行，${what}以平台为准：${url}`, { url })
}
