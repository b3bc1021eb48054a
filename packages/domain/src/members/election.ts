import type { MeetingStatus, MotionResult } from '@jiayuan/contracts'
import { motionOutcome } from '../assembly/counting/motion-outcome'
import { RuleViolation } from '../errors'

/** 选举业主委员会或者更换业主委员会成员 (Civil Code Art. 278, item 3; DOMAIN §1). */
export const COMMITTEE_ELECTION_MATTER = 3

/**
 * Whether a motion may stand as the election behind committee roles (DOMAIN G1): a type-3 motion that passed,
 * with a final result (after the objection window, so nothing later undoes it).
 */
export function isCommitteeElection(
  meeting: { status: MeetingStatus; results?: readonly MotionResult[] },
  motionId: string,
): boolean {
  const outcome = motionOutcome(meeting, motionId)
  return !!outcome && outcome.matterType === COMMITTEE_ELECTION_MATTER && outcome.passed && outcome.final
}

export function assertCommitteeElection(
  meeting: { status: MeetingStatus; results?: readonly MotionResult[] },
  motionId: string,
): void {
  if (!isCommitteeElection(meeting, motionId)) {
    throw new RuleViolation(
      'NotAnElectionResult',
      '这项表决不能作为业委会的选举结果：须为“选举业主委员会”（第 3 类）事项、已表决通过并公布最终结果',
    )
  }
}
