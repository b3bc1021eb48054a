import { createHash } from 'node:crypto'
import { neighbours, type ServiceRecord, type TeamActivity } from '@jiayuan/contracts'
import {
  addTeamMember,
  createTeam,
  getTeam,
  getUser,
  getUsers,
  getVolunteer,
  listTeamActivities,
  listTeamMembers,
  listTeams,
  listVolunteers,
  recordTeamActivity,
  recordedForActivity,
  removeTeamMember,
  type TeamActivityItem,
  type TeamItem,
} from '@jiayuan/db'
import {
  Conflict,
  NotFound,
  checkJoin,
  checkLeader,
  checkLeave,
  checkTeamHours,
  hoursText,
  shanghaiDate,
  teamView,
} from '@jiayuan/domain'
import type { Role } from '@jiayuan/contracts'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { neighbourMessage } from './notices'

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20)

const activityOf = (a: TeamActivityItem): TeamActivity => ({
  activityId: a.activityId,
  title: a.title,
  servedOn: a.servedOn,
  minutes: a.minutes,
  memberNames: a.memberNames,
  recordedByName: a.recordedByName,
  recordedAt: a.recordedAt,
})

/** One team with its members and activities as the reader sees it (P1). */
async function viewOf(deps: Deps, team: TeamItem, reader: { userId: string; roles: Role[] }) {
  const [members, activities] = await Promise.all([
    listTeamMembers(deps.db, team.compoundId),
    listTeamActivities(deps.db, team.compoundId),
  ])
  return teamView(
    team,
    members.filter((m) => m.teamId === team.teamId),
    activities.filter((a) => a.teamId === team.teamId).map(activityOf),
    reader,
  )
}

async function load(deps: Deps, compoundId: string, teamId: string): Promise<TeamItem> {
  const team = await getTeam(deps.db, compoundId, teamId)
  if (!team) throw new NotFound('服务队')
  return team
}

const membersOf = async (deps: Deps, team: TeamItem) =>
  (await listTeamMembers(deps.db, team.compoundId)).filter((m) => m.teamId === team.teamId)

/** H1 志愿服务队: teams set up by the committee or the community, joined by volunteers, hours per activity. */
export const teamRoutes = [
  route(neighbours.listTeams, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const [teams, members, activities] = await Promise.all([
      listTeams(ctx.deps.db, compoundId),
      listTeamMembers(ctx.deps.db, compoundId),
      listTeamActivities(ctx.deps.db, compoundId),
    ])
    const reader = { userId, roles: ctx.member.roles }
    return {
      teams: teams.map((t) =>
        teamView(
          t,
          members.filter((m) => m.teamId === t.teamId),
          activities.filter((a) => a.teamId === t.teamId).map(activityOf),
          reader,
        ),
      ),
    }
  }),

  route(neighbours.createTeam, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const volunteers = await listVolunteers(ctx.deps.db, compoundId)
    checkLeader(ctx.body.leaderId, new Set(volunteers.map((v) => v.userId)))
    const leaderName = volunteers.find((v) => v.userId === ctx.body.leaderId)?.name ?? '—'
    const at = ctx.now.toISOString()
    const team: TeamItem = {
      teamId: `team-${hash(`${userId}:${ctx.body.idempotencyKey}`)}`,
      compoundId,
      name: ctx.body.name,
      kind: ctx.body.kind,
      leaderId: ctx.body.leaderId,
      leaderName,
      createdById: userId,
      createdAt: at,
      version: 1,
    }
    await createTeam(
      ctx.deps.db,
      team,
      { compoundId, teamId: team.teamId, userId: team.leaderId, name: leaderName, joinedAt: at },
      { action: 'team.created', actorId: userId, at },
    )
    // A retry with the same idempotency key answers with the team the first request created.
    return viewOf(ctx.deps, await load(ctx.deps, compoundId, team.teamId), { userId, roles: ctx.member.roles })
  }),

  route(neighbours.joinTeam, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, teamId } = ctx.params
    const team = await load(ctx.deps, compoundId, teamId)
    const [members, volunteer] = await Promise.all([
      membersOf(ctx.deps, team),
      getVolunteer(ctx.deps.db, compoundId, userId),
    ])
    checkJoin(members, userId, volunteer !== undefined)
    const at = ctx.now.toISOString()
    const member = { compoundId, teamId, userId, name: volunteer?.name ?? '—', joinedAt: at }
    if (!(await addTeamMember(ctx.deps.db, member, { action: 'team.joined', actorId: userId, at })))
      throw new Conflict('AlreadyInTeam', '您已经在这支服务队里了', [
        { field: 'member', message: '您已经在这支服务队里了' },
      ])
    return viewOf(ctx.deps, team, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.leaveTeam, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, teamId } = ctx.params
    const team = await load(ctx.deps, compoundId, teamId)
    checkLeave(team, await membersOf(ctx.deps, team), userId)
    const at = ctx.now.toISOString()
    if (
      !(await removeTeamMember(
        ctx.deps.db,
        { compoundId, teamId, userId },
        { action: 'team.left', actorId: userId, at },
      ))
    )
      throw new Conflict('NotInTeam', '您不在这支服务队里', [{ field: 'member', message: '您不在这支服务队里' }])
    return viewOf(ctx.deps, team, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.recordTeamHours, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, teamId } = ctx.params
    const { title, servedOn, minutes, memberIds } = ctx.body
    const team = await load(ctx.deps, compoundId, teamId)
    // The same team, day and activity is one activity, whoever records it and however often.
    const activityId = `act-${hash(`${teamId}:${servedOn}:${title}`)}`
    const [members, already, organiser] = await Promise.all([
      membersOf(ctx.deps, team),
      recordedForActivity(ctx.deps.db, compoundId, activityId, memberIds),
      getUser(ctx.deps.db, userId),
    ])
    checkTeamHours(members, { servedOn, memberIds }, shanghaiDate(ctx.now), already)
    const names = await getUsers(ctx.deps.db, memberIds)
    const at = ctx.now.toISOString()
    const recordedByName = organiser?.displayName ?? '—'
    const what = `${team.name}：${title}`
    const records: ServiceRecord[] = memberIds.map((id) => ({
      activityId,
      teamName: team.name,
      compoundId,
      volunteerId: id,
      volunteerName: names.get(id)?.displayName ?? '—',
      what,
      servedOn,
      minutes,
      recordedById: userId,
      recordedByName,
      recordedAt: at,
    }))
    const activity: TeamActivityItem = {
      activityId,
      teamId,
      compoundId,
      title,
      servedOn,
      minutes,
      memberIds: [...memberIds],
      memberNames: records.map((r) => r.volunteerName),
      recordedByName,
      recordedAt: at,
    }
    const messages = memberIds.map((id) =>
      neighbourMessage(
        compoundId,
        id,
        { to: 'team', teamId },
        `hours:${activityId}`,
        { title: '志愿服务时长已记录', body: `${what}（${servedOn}）：${hoursText(minutes)}` },
        at,
      ),
    )
    const saved = await recordTeamActivity(
      ctx.deps.db,
      activity,
      records,
      { action: 'team.hours_recorded', actorId: userId, at },
      messages,
    )
    if (!saved)
      throw new Conflict('HoursRecorded', '服务时长：这次活动有队员的时长刚被记录过，请刷新', [
        { field: 'body.memberIds', message: '这次活动有队员的时长刚被记录过' },
      ])
    return viewOf(ctx.deps, team, { userId, roles: ctx.member.roles })
  }),
]
