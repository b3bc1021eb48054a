import type { CompoundSettings, MeetingKind, MeetingRules } from '@jiayuan/contracts'

/**
 * The rules a meeting runs under, copied from the compound when its notice goes out (DOMAIN V9): a settings
 * change during a vote must not change how that vote is counted. A temporary meeting takes the city's shorter
 * notice period.
 */
export function meetingRules(settings: CompoundSettings, kind: MeetingKind): MeetingRules {
  const city = settings.cityProfile
  return {
    city: city.city,
    noticeDays: kind === 'temporary' ? city.temporaryMeetingNoticeDays : city.noticeDays,
    votingWindowMinDays: city.votingWindowMinDays,
    votingWindowMaxDays: city.votingWindowMaxDays,
    followMajority: {
      enabled: city.followMajority.enabled,
      ...(city.followMajority.clause ? { clause: city.followMajority.clause } : {}),
    },
    ...(city.governmentPlatformUrl ? { governmentPlatformUrl: city.governmentPlatformUrl } : {}),
    parkingAreaCounts: city.parkingAreaCounts,
    allowVoteChange: settings.allowVoteChange,
    namedBallots: settings.namedBallots,
    proxyCap: settings.proxyCap,
    ...(settings.objectionWindowDays !== undefined ? { objectionWindowDays: settings.objectionWindowDays } : {}),
  }
}

/** V8: the ballot must warn what not voting means when the assembly rules adopt 从众. */
export function nonVotingWarning(rules: MeetingRules): string | undefined {
  if (!rules.followMajority.enabled) return undefined
  const clause = rules.followMajority.clause ? `（${rules.followMajority.clause}）` : ''
  return `依据本小区业主大会议事规则${clause}，已送达表决票但未在期限内投票的业主，视为同意多数表决业主的意见。`
}
