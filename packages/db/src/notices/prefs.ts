import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { DEFAULT_NOTIFICATION_PREFS, type NotificationPrefs } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure } from '../items'

/** The person's chosen channels; someone who never chose gets the default (inbox and WeChat, no SMS). */
export async function getNotificationPrefs(db: Db, userId: string): Promise<NotificationPrefs> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.notifyPrefs(userId) }))
  const item = out.Item
  if (!item) return DEFAULT_NOTIFICATION_PREFS
  return {
    wechat: item.wechat === true,
    sms: item.sms === true,
    ...(typeof item.phone === 'string' ? { phone: item.phone } : {}),
  }
}

/** Replaces the person's channels as a whole (a number left out is forgotten). */
export async function putNotificationPrefs(
  db: Db,
  userId: string,
  prefs: NotificationPrefs,
  at: string,
): Promise<NotificationPrefs> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.notifyPrefs(userId), type: 'notify_prefs', userId, ...prefs, updatedAt: at },
    }),
  )
  return prefs
}

export type SmsStatus = 'sending' | 'sent' | 'failed'

export interface SmsRecord {
  eventId: string
  kind: string
  phone: string
  templateId: string
  status: SmsStatus
  reason?: string
  at: string
}

/**
 * Records an SMS as `sending` before it goes out, at most once per (event, person): false when a run before
 * this one already took it (sent, failed or still sending), and then nothing is sent again.
 */
export async function reserveSms(db: Db, userId: string, record: SmsRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.smsLog(userId, record.eventId), type: 'sms_log', userId, ...record },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    return true
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return false
  }
}

export async function finishSms(
  db: Db,
  userId: string,
  eventId: string,
  outcome: { status: 'sent' } | { status: 'failed'; reason: string },
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.smsLog(userId, eventId),
      UpdateExpression: outcome.status === 'sent' ? 'SET #s = :s' : 'SET #s = :s, reason = :r',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues:
        outcome.status === 'sent' ? { ':s': 'sent' } : { ':s': 'failed', ':r': outcome.reason },
    }),
  )
}

/** The person's SMS log, newest event last (for tests and support). */
export async function listSms(db: Db, userId: string): Promise<SmsRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.smsLogPartition(userId) },
    }),
  )
  return (out.Items ?? []).map((item) => ({
    eventId: String(item.eventId),
    kind: String(item.kind),
    phone: String(item.phone),
    templateId: String(item.templateId),
    status: item.status as SmsStatus,
    ...(typeof item.reason === 'string' ? { reason: item.reason } : {}),
    at: String(item.at),
  }))
}
