import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { InboxMessage, ServiceRecord, TeamActivity, TeamKind } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { inboxItem } from '../notices/inbox'
import { putNew } from '../put-if-revision'
import { queryAll } from '../query-all'
import { transactRetryingConflicts, type TransactItem } from '../transact'

/** A volunteer team as stored (names in full; the route masks them per reader). */
export interface TeamItem {
  teamId: string
  compoundId: string
  name: string
  kind: TeamKind
  leaderId: string
  leaderName: string
  createdById: string
  createdAt: string
  version: number
}

export interface TeamMemberItem {
  compoundId: string
  teamId: string
  userId: string
  name: string
  joinedAt: string
}

export type TeamActivityItem = TeamActivity & { teamId: string; compoundId: string; memberIds: string[] }

type Event = { action: string; actorId: string; at: string }
type Message = { userId: string; message: InboxMessage }

async function transact(db: Db, items: TransactItem[]): Promise<boolean> {
  try {
    await transactRetryingConflicts(db, items, 20)
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

const teamExists = (db: Db, compoundId: string, teamId: string): TransactItem => ({
  ConditionCheck: {
    TableName: db.table,
    Key: keys.team(compoundId, teamId),
    ConditionExpression: 'attribute_exists(PK)',
  },
})

const memberItem = (m: TeamMemberItem) => ({
  ...keys.teamMember(m.compoundId, m.teamId, m.userId),
  type: 'team_member',
  ...m,
})

export async function getTeam(db: Db, compoundId: string, teamId: string): Promise<TeamItem | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.team(compoundId, teamId), ConsistentRead: true }),
  )
  return toEntity<TeamItem>(out.Item)
}

/** A new team (its id from the idempotency key) with its leader as first member, once: false when it exists. */
export async function createTeam(db: Db, team: TeamItem, leader: TeamMemberItem, event: Event): Promise<boolean> {
  return transact(db, [
    putNew(db, { ...keys.team(team.compoundId, team.teamId), type: 'team', ...team }),
    putNew(db, memberItem(leader)),
    eventPut(db, { compoundId: team.compoundId, subject: team.teamId, ...event }),
  ])
}

export async function listTeams(db: Db, compoundId: string): Promise<TeamItem[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.teamPartition(compoundId) },
  })
  return items.map((i) => toEntity<TeamItem>(i) as TeamItem).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** Every team member of a compound (one Query; the route groups them by team). */
export async function listTeamMembers(db: Db, compoundId: string): Promise<TeamMemberItem[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.teamMemberPartition(compoundId) },
    ConsistentRead: true,
  })
  return items
    .map((i) => toEntity<TeamMemberItem>(i) as TeamMemberItem)
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
}

/** The compound's latest recorded team activities, newest first. */
export async function listTeamActivities(db: Db, compoundId: string, limit = 100): Promise<TeamActivityItem[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.teamActivityPartition(compoundId) },
      ScanIndexForward: false,
      Limit: limit,
      ConsistentRead: true,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<TeamActivityItem>(i) as TeamActivityItem)
}

/** Joins while the team exists and the person is not in it yet: false otherwise. */
export async function addTeamMember(db: Db, member: TeamMemberItem, event: Event): Promise<boolean> {
  return transact(db, [
    teamExists(db, member.compoundId, member.teamId),
    putNew(db, memberItem(member)),
    eventPut(db, { compoundId: member.compoundId, subject: member.teamId, ...event }),
  ])
}

/** Leaves while still a member: false when the person was not (or no longer) in the team. */
export async function removeTeamMember(
  db: Db,
  m: { compoundId: string; teamId: string; userId: string },
  event: Event,
): Promise<boolean> {
  return transact(db, [
    {
      Delete: {
        TableName: db.table,
        Key: keys.teamMember(m.compoundId, m.teamId, m.userId),
        ConditionExpression: 'attribute_exists(PK)',
      },
    },
    eventPut(db, { compoundId: m.compoundId, subject: m.teamId, ...event }),
  ])
}

/**
 * One team activity's hours for several members: each person's service record keyed by the activity and put only
 * if absent, so a person is counted once per activity however many organisers record it at once (H1). All or
 * nothing: false when any of them already has the record.
 */
export async function recordTeamActivity(
  db: Db,
  activity: TeamActivityItem,
  records: readonly ServiceRecord[],
  event: Event,
  messages: readonly Message[],
): Promise<boolean> {
  return transact(db, [
    ...records.map((r) =>
      putNew(db, {
        ...keys.activityRecord(activity.compoundId, r.volunteerId, activity.activityId),
        type: 'service_record',
        ...r,
      }),
    ),
    putNew(db, {
      ...keys.teamActivity(activity.compoundId, activity.recordedAt, activity.activityId),
      type: 'team_activity',
      ...activity,
    }),
    eventPut(db, { compoundId: activity.compoundId, subject: activity.teamId, ...event }),
    ...messages.map((m) => putNew(db, inboxItem(m.userId, m.message))),
  ])
}

/** Which of these people already have a record for the activity (read before the write, to name them). */
export async function recordedForActivity(
  db: Db,
  compoundId: string,
  activityId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  const found = await Promise.all(
    userIds.map(async (uid) => {
      const out = await db.doc.send(
        new GetCommand({
          TableName: db.table,
          Key: keys.activityRecord(compoundId, uid, activityId),
          ConsistentRead: true,
        }),
      )
      return out.Item ? uid : undefined
    }),
  )
  return new Set(found.filter((u): u is string => u !== undefined))
}
