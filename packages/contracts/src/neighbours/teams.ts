import { z } from 'zod'
import { Count, Id, IdempotencyKey, IsoTime, Version } from '../common'

/** Kinds of volunteer team a compound runs (志愿服务队, DOMAIN H1). */
export const TeamKind = z.enum(['party', 'patrol', 'elder_care', 'environment', 'other'])
export type TeamKind = z.infer<typeof TeamKind>

export const TEAM_KIND_LABEL: Record<TeamKind, string> = {
  party: '党员先锋队',
  patrol: '治安巡逻队',
  elder_care: '助老服务队',
  environment: '环境卫生队',
  other: '其他服务队',
}

/** One member as a reader sees them: the name masked (`王*`) for anyone outside the team but organisers (P1). */
export const TeamMember = z.object({ userId: Id.optional(), name: z.string(), joinedAt: IsoTime })

/** One team activity whose hours an organiser recorded for several members at once. */
export const TeamActivity = z.object({
  activityId: Id,
  title: z.string(),
  servedOn: z.string(),
  minutes: Count,
  memberNames: z.array(z.string()),
  recordedByName: z.string(),
  recordedAt: IsoTime,
})
export type TeamActivity = z.infer<typeof TeamActivity>

export const Team = z.object({
  teamId: Id,
  compoundId: Id,
  name: z.string(),
  kind: TeamKind,
  leaderName: z.string(),
  createdAt: IsoTime,
  members: z.array(TeamMember),
  /** The latest activities with recorded hours, newest first. */
  activities: z.array(TeamActivity),
  /** The caller is in the team; the leader. */
  mine: z.object({ member: z.boolean(), leader: z.boolean() }),
  version: Version,
})
export type Team = z.infer<typeof Team>

export const TeamList = z.object({ teams: z.array(Team) })
export const TeamParams = z.object({ compoundId: Id, teamId: Id })

export const CreateTeamRequest = z.object({
  name: z.string().trim().min(2, '请写队名（至少 2 个字）').max(30, '队名不能超过 30 字'),
  kind: TeamKind,
  /** A volunteer of the compound; they are the team's first member. */
  leaderId: Id,
  idempotencyKey: IdempotencyKey,
})
export type CreateTeamRequest = z.infer<typeof CreateTeamRequest>

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))

export const RecordTeamHoursRequest = z.object({
  title: z.string().trim().min(2, '请写明活动内容（至少 2 个字）').max(60, '活动内容不能超过 60 字'),
  servedOn: z.string().refine(isDate, '请写活动日期，如 2026-12-03'),
  minutes: z
    .number()
    .int('时长按分钟计')
    .min(15, '时长至少 15 分钟')
    .max(12 * 60, '一次活动的时长不能超过 12 小时'),
  memberIds: z
    .array(Id)
    .min(1, '请至少选择一位队员')
    // One transaction writes each person's record and message: 40 stays well inside DynamoDB's 100 items.
    .max(40, '一次最多记录 40 位队员')
    .refine((ids) => new Set(ids).size === ids.length, '队员不能重复'),
})
export type RecordTeamHoursRequest = z.infer<typeof RecordTeamHoursRequest>
