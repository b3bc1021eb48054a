import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Membership, Role } from '@jiayuan/contracts'
import type { Db } from './client'
import { eventPut } from './events'
import { isConditionFailure, newId, toEntity } from './items'
import { keys } from './keys'
import { WriteRefused } from './outcomes'
import { membershipItem } from './users'
import type { TransactItem } from './transact'

export type RoleAction = 'roles_set' | 'invite_accepted' | 'committee_granted'

/** One person's roles in one compound changing, with who did it and why (DESIGN: every change is an event). */
export interface RoleChange {
  compoundId: string
  userId: string
  /** The membership as read; the write lands only if it is still so (roles unchanged, or still absent). */
  before: Membership | undefined
  after: Membership
  actorId: string
  at: string
  reason: string
  action: RoleAction
}

export interface RoleLogItem {
  at: string
  actorId: string
  subjectId: string
  action: RoleAction
  before: Role[]
  after: Role[]
  reason: string
}

/** The membership, its event and its role-log line: the items of one change, for a caller's transaction. */
export function roleChangeItems(db: Db, c: RoleChange): TransactItem[] {
  const before = c.before?.roles ?? []
  const log: RoleLogItem = {
    at: c.at,
    actorId: c.actorId,
    subjectId: c.userId,
    action: c.action,
    before,
    after: c.after.roles,
    reason: c.reason,
  }
  // The membership lands only if its roles are still those read (a set compares equal whatever its order).
  const stillAsRead = before.length
    ? {
        ConditionExpression: 'attribute_exists(PK) AND #r = :was',
        ExpressionAttributeValues: { ':was': new Set(before) },
      }
    : { ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#r)' }
  return [
    {
      Put: {
        TableName: db.table,
        Item: membershipItem(c.userId, c.after),
        ...(c.before
          ? { ...stillAsRead, ExpressionAttributeNames: { '#r': 'roles' } }
          : { ConditionExpression: 'attribute_not_exists(PK)' }),
      },
    },
    eventPut(db, {
      compoundId: c.compoundId,
      action: `member.${c.action}`,
      actorId: c.actorId,
      at: c.at,
      subject: c.userId,
      reason: c.reason,
      data: { before, after: c.after.roles },
    }),
    { Put: { TableName: db.table, Item: { ...keys.roleLog(c.compoundId, c.at, newId()), type: 'role_log', ...log } } },
  ]
}

/**
 * Writes role changes (and any further items, e.g. a committee record) in one transaction. A membership
 * changed by someone else since it was read refuses the whole write (`MemberChanged`).
 */
export async function saveRoleChanges(db: Db, changes: RoleChange[], extra: TransactItem[] = []): Promise<void> {
  try {
    await db.doc.send(
      new TransactWriteCommand({ TransactItems: [...changes.flatMap((c) => roleChangeItems(db, c)), ...extra] }),
    )
  } catch (err) {
    if (isConditionFailure(err)) throw new WriteRefused('MemberChanged')
    throw err
  }
}

/** The role log of a compound, newest first (one page of `limit`). */
export async function listRoleLog(db: Db, compoundId: string, limit = 200): Promise<RoleLogItem[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.roleLog(compoundId, '', '').PK },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<RoleLogItem>(i) as RoleLogItem)
}

/** A committee's filing or election, kept with its document or motion, term and members (DOMAIN G1). */
export function committeeRecordPut(
  db: Db,
  compoundId: string,
  recordId: string,
  record: Record<string, unknown>,
): TransactItem {
  return {
    Put: {
      TableName: db.table,
      Item: { ...keys.committeeRecord(compoundId, recordId), type: 'committee_record', recordId, ...record },
    },
  }
}
