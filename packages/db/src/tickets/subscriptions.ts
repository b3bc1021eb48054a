import { PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { NotificationRecord } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure, toEntity } from '../items'
import { isCancelledByCondition } from '../transact'

export interface Quota {
  templateId: string
  remaining: number
}

/** Each acceptance in wx.requestSubscribeMessage allows one send of that template (DOMAIN W4). */
export async function addSubscriptionQuota(db: Db, userId: string, templateId: string, at: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.subscriptionQuota(userId, templateId),
      UpdateExpression: 'ADD remaining :one SET templateId = :t, #type = :type, updatedAt = :at',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':t': templateId, ':type': 'subscription_quota', ':at': at },
    }),
  )
}

export async function readSubscriptions(
  db: Db,
  userId: string,
  recentLimit = 20,
): Promise<{ quotas: Quota[]; recent: NotificationRecord[] }> {
  const pk = keys.subscriptionPartition(userId)
  const query = (prefix: string, extra: { ScanIndexForward?: boolean; Limit?: number } = {}) =>
    db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
        ExpressionAttributeValues: { ':pk': pk, ':p': prefix },
        ...extra,
      }),
    )
  const [quotas, logs] = await Promise.all([
    query(keys.subscriptionQuotaPrefix),
    query(keys.notificationPrefix, { ScanIndexForward: false, Limit: recentLimit }),
  ])
  return {
    quotas: (quotas.Items ?? []).map((item) => ({
      templateId: String(item.templateId),
      remaining: Math.max(0, Number(item.remaining ?? 0)),
    })),
    recent: (logs.Items ?? []).map(
      (item) => toEntity<NotificationRecord & { userId?: string }>(item) as NotificationRecord,
    ),
  }
}

function recordPut(db: Db, userId: string, record: NotificationRecord) {
  return {
    TableName: db.table,
    Item: { ...keys.notification(userId, record.at, record.notificationId), type: 'notification', userId, ...record },
    ConditionExpression: 'attribute_not_exists(PK)',
  }
}

/**
 * Takes one send off the person's quota and records the notification as `sending`, in one transaction, before
 * anything goes to WeChat: a consumer that runs twice finds the record and sends nothing (at most once). No
 * quota left: recorded as skipped, and nothing is sent.
 */
export async function reserveNotification(
  db: Db,
  userId: string,
  record: NotificationRecord & { templateId: string },
): Promise<'reserved' | 'no_quota' | 'duplicate'> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: recordPut(db, userId, record) },
          {
            Update: {
              TableName: db.table,
              Key: keys.subscriptionQuota(userId, record.templateId),
              UpdateExpression: 'ADD remaining :minus',
              ConditionExpression: 'remaining > :zero',
              ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
            },
          },
        ],
      }),
    )
    return 'reserved'
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    if (isCancelledByCondition(err, 0)) return 'duplicate'
    if (!isCancelledByCondition(err, 1)) throw err
    return (await recordNotification(db, userId, { ...record, status: 'skipped', reason: 'no_quota' }))
      ? 'no_quota'
      : 'duplicate'
  }
}

/** Records a notification that was not attempted; false when it was already recorded. */
export async function recordNotification(db: Db, userId: string, record: NotificationRecord): Promise<boolean> {
  try {
    await db.doc.send(new PutCommand(recordPut(db, userId, record)))
    return true
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return false
  }
}

/**
 * The outcome of a reserved send. A send WeChat refused for lack of a subscription (43101) leaves the quota at
 * zero; any other failure gives the reserved send back.
 */
export async function finishNotification(
  db: Db,
  userId: string,
  record: NotificationRecord & { templateId: string },
  outcome: { status: 'sent' } | { status: 'failed'; reason: string; quota: 'refund' | 'exhausted' },
): Promise<void> {
  const quotaKey = keys.subscriptionQuota(userId, record.templateId)
  const quotaUpdate =
    outcome.status === 'sent'
      ? []
      : [
          outcome.quota === 'refund'
            ? {
                Update: {
                  TableName: db.table,
                  Key: quotaKey,
                  UpdateExpression: 'ADD remaining :one',
                  ExpressionAttributeValues: { ':one': 1 },
                },
              }
            : {
                Update: {
                  TableName: db.table,
                  Key: quotaKey,
                  UpdateExpression: 'SET remaining = :zero',
                  ExpressionAttributeValues: { ':zero': 0 },
                },
              },
        ]
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.table,
            Key: keys.notification(userId, record.at, record.notificationId),
            UpdateExpression: outcome.status === 'sent' ? 'SET #status = :s' : 'SET #status = :s, reason = :r',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues:
              outcome.status === 'sent' ? { ':s': 'sent' } : { ':s': 'failed', ':r': outcome.reason },
          },
        },
        ...quotaUpdate,
      ],
    }),
  )
}
