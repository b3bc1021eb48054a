import type { Role, Team, TeamActivity, TeamKind } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../errors'
import { maskName } from '../privacy/mask-name'
import { isOrganiser } from './asks'

/**
 * Volunteer teams (志愿服务队, DOMAIN H1): set up by the committee or the community with a leader from the
 * compound's volunteers; volunteers join and leave; organisers record an activity's hours for several members at
 * once, each person once per activity. Names outside the team are masked (P1); phones are never part of a team.
 */

const issue = (field: string, message: string) => [{ field, message }]

export interface StoredTeam {
  teamId: string
  compoundId: string
  name: string
  kind: TeamKind
  leaderId: string
  leaderName: string
  createdAt: string
  version: number
}

export interface StoredMember {
  userId: string
  name: string
  joinedAt: string
}

/** The leader must be a volunteer of the compound. */
export function checkLeader(leaderId: string, volunteers: ReadonlySet<string>): void {
  if (!volunteers.has(leaderId))
    throw new RuleViolation(
      'LeaderNotVolunteer',
      '队长：只能从本小区的志愿者中选择',
      issue('body.leaderId', '只能从本小区的志愿者中选择'),
    )
}

export function checkJoin(members: readonly StoredMember[], userId: string, volunteer: boolean): void {
  if (!volunteer)
    throw new RuleViolation(
      'NotVolunteer',
      '志愿者：请先报名成为志愿者再加入服务队',
      issue('volunteer', '请先报名成为志愿者'),
    )
  if (members.some((m) => m.userId === userId))
    throw new Conflict('AlreadyInTeam', '您已经在这支服务队里了', issue('member', '您已经在这支服务队里了'))
}

export function checkLeave(team: StoredTeam, members: readonly StoredMember[], userId: string): void {
  if (!members.some((m) => m.userId === userId))
    throw new Conflict('NotInTeam', '您不在这支服务队里', issue('member', '您不在这支服务队里'))
  if (team.leaderId === userId)
    throw new RuleViolation('LeaderLeaving', '队长：队长不能退出服务队', issue('leader', '队长不能退出服务队'))
}

/**
 * An activity's hours: every person named must be in the team, and the activity must not be later than today
 * (Beijing). Who already has a record for this activity is refused by name, so nobody is counted twice.
 */
export function checkTeamHours(
  members: readonly StoredMember[],
  input: { servedOn: string; memberIds: readonly string[] },
  today: string,
  alreadyRecorded: ReadonlySet<string>,
): void {
  if (input.servedOn > today)
    throw new RuleViolation('FutureActivity', '活动日期：不能晚于今天', issue('body.servedOn', '不能晚于今天'))
  const inTeam = new Set(members.map((m) => m.userId))
  for (const [i, id] of input.memberIds.entries()) {
    if (!inTeam.has(id))
      throw new RuleViolation('NotInTeam', '队员：只能记录本队队员的时长', issue(`body.memberIds.${i}`, '不是本队队员'))
    if (alreadyRecorded.has(id))
      throw new Conflict(
        'HoursRecorded',
        '服务时长：这位队员这次活动的时长已经记录过',
        issue(`body.memberIds.${i}`, '这次活动的时长已经记录过'),
      )
  }
}

/** The team as a reader sees it: names in full for its members and the organisers, masked for others (P1). */
export function teamView(
  team: StoredTeam,
  members: readonly StoredMember[],
  activities: readonly TeamActivity[],
  reader: { userId: string; roles: readonly Role[] },
): Team {
  const member = members.some((m) => m.userId === reader.userId)
  const full = member || isOrganiser(reader.roles)
  const name = (n: string) => (full ? n : maskName(n))
  return {
    teamId: team.teamId,
    compoundId: team.compoundId,
    name: team.name,
    kind: team.kind,
    leaderName: name(team.leaderName),
    createdAt: team.createdAt,
    members: members.map((m) => ({ ...(full ? { userId: m.userId } : {}), name: name(m.name), joinedAt: m.joinedAt })),
    activities: activities.slice(0, 5).map((a) => ({ ...a, memberNames: a.memberNames.map(name) })),
    mine: { member, leader: team.leaderId === reader.userId },
    version: team.version,
  }
}
