import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Invite } from '@jiayuan/contracts'
import type { Db } from './client'
import { eventPut } from './events'
import { isConditionFailure, toEntity } from './items'
import { keys } from './keys'
import { ItemMissing, WriteRefused } from './outcomes'
import { isCancelledByCondition, transactRetryingConflicts, type TransactItem } from './transact'

/** Where an invite is listed: its compound or its community. */
export function inviteScope(invite: Pick<Invite, 'grant'>): string {
  const g = invite.grant
  if (g.kind === 'compound') return `C#${g.compoundId}`
  if (g.kind === 'community') return `CMTY#${g.communityId}`
  return 'PLATFORM'
}

/**
 * `expiresAt` is the table's TTL attribute (a number DynamoDB deletes by): an invite keeps its expiry as
 * `validUntil` instead, so a used or expired invite stays on record.
 */
function stored({ expiresAt, ...rest }: Invite) {
  return { ...rest, validUntil: expiresAt }
}

function fromStored(item: Record<string, unknown> | undefined): Invite | undefined {
  const e = toEntity<Omit<Invite, 'expiresAt'> & { validUntil: string }>(item)
  if (!e) return undefined
  const { validUntil, ...rest } = e
  return { ...rest, expiresAt: validUntil }
}

/** A fresh code; false when the code is already taken (the caller draws another). */
export async function putInvite(db: Db, invite: Invite): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.invite(invite.code),
          ...keys.inviteIndex(inviteScope(invite), invite.createdAt, invite.code),
          type: 'invite',
          ...stored(invite),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

export async function getInvite(db: Db, code: string): Promise<Invite> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.invite(code), ConsistentRead: true }))
  const invite = fromStored(out.Item)
  if (!invite) throw new ItemMissing('invite')
  return invite
}

/** Invites of a compound (`C#<cid>`) or a community (`CMTY#<id>`), newest first. */
export async function listInvites(db: Db, scope: string, limit = 100): Promise<Invite[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.inviteIndex(scope, '', '').GSI1PK },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).flatMap((i) => fromStored(i) ?? [])
}

/**
 * Uses an invite exactly once: the code turns `used` only while it is still open and unexpired, in the same
 * transaction as the memberships it grants, so of two people redeeming one code one wins and the other is
 * refused (`InviteTaken`) with nothing written.
 */
export async function redeemInvite(
  db: Db,
  invite: Invite,
  by: { userId: string; at: string },
  grants: TransactItem[],
): Promise<Invite> {
  const used: Invite = { ...invite, status: 'used', usedBy: by.userId, usedAt: by.at }
  try {
    await transactRetryingConflicts(db, [
      {
        Update: {
          TableName: db.table,
          Key: keys.invite(invite.code),
          UpdateExpression: 'SET #s = :used, usedBy = :by, usedAt = :at',
          ConditionExpression: '#s = :open AND validUntil > :at',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':used': 'used', ':open': 'open', ':by': by.userId, ':at': by.at },
        },
      },
      ...grants,
      eventPut(db, {
        compoundId: inviteScope(invite),
        action: 'invite.accepted',
        actorId: by.userId,
        at: by.at,
        subject: invite.code,
      }),
    ])
    return used
  } catch (err) {
    if (isCancelledByCondition(err, 0)) throw new WriteRefused('InviteTaken')
    if (isCancelledByCondition(err)) throw new WriteRefused('MemberChanged')
    throw err
  }
}

/** Marks the person a platform admin (the flag on their profile), as part of an accepted bootstrap invite. */
export function platformAdminGrant(db: Db, userId: string): TransactItem {
  return {
    Update: {
      TableName: db.table,
      Key: keys.user(userId),
      UpdateExpression: 'SET platformAdmin = :t',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':t': true },
    },
  }
}
