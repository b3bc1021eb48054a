import type { JointMeetingView, JointParty, Role } from '@jiayuan/contracts'
import { getJointMeeting, type StoredJointMeeting } from '@jiayuan/db'
import { Conflict, Forbidden, NotFound } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { speaksFor } from './speaks-for'

export interface LoadedMeeting {
  meeting: StoredJointMeeting
  parties: JointParty[]
}

/**
 * Reads a joint meeting and the parties the caller speaks for. Draft minutes are for the parties and the
 * community only (G2); once locked, every member of the compound may read them.
 */
export async function loadMeeting(
  deps: Deps,
  params: { compoundId: string; meetingId: string },
  caller: { userId: string; roles: readonly Role[] },
): Promise<LoadedMeeting> {
  const [meeting, parties] = await Promise.all([
    getJointMeeting(deps.db, params.compoundId, params.meetingId),
    speaksFor(deps, params.compoundId, caller),
  ])
  if (!meeting) throw new NotFound('联席会议')
  if (meeting.status !== 'locked' && parties.length === 0)
    throw new Forbidden('纪要经各方确认前，只有党支部、业委会、物业和社区可以查看')
  return { meeting, parties }
}

export function viewOf({ meeting, parties }: LoadedMeeting): JointMeetingView {
  const { convenorId: _c, createdAt: _a, ...view } = meeting
  return { ...view, myParties: parties }
}

/** A write refused on the revision read: the meeting was changed or locked meanwhile. */
export function changedMeanwhile(): never {
  throw new Conflict('JointMeetingChanged', '会议已被他人修改或纪要已锁定，请刷新后再试')
}
