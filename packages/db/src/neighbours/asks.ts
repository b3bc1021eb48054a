import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { InboxMessage, ServiceRecord } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { inboxItem } from '../notices/inbox'
import { putNew, revisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'
import { transactRetryingConflicts, type TransactItem } from '../transact'

/** The stored ask (names in full); the domain's StoredAsk has this shape. */
export interface AskItem {
  askId: string
  compoundId: string
  status: string
  version: number
  requesterId: string
  [field: string]: unknown
}

const askItem = (a: AskItem) => ({ ...keys.ask(a.compoundId, a.askId), type: 'ask', ...a })

export async function getAsk<T extends AskItem>(db: Db, compoundId: string, askId: string): Promise<T | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.ask(compoundId, askId), ConsistentRead: true }),
  )
  return toEntity<T>(out.Item)
}

/** The compound's asks, newest first. */
export async function listAsks<T extends AskItem>(db: Db, compoundId: string): Promise<T[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.askPartition(compoundId) },
  })
  return items
    .map((i) => toEntity<T>(i) as T)
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || b.askId.localeCompare(a.askId))
}

export interface AskWrite {
  event: { action: string; actorId: string; at: string }
  messages?: ReadonlyArray<{ userId: string; message: InboxMessage }>
  /** The service record written with the hours, once per ask (H1). */
  record?: ServiceRecord
}

/**
 * Writes a new ask once per id (its id comes from the idempotency key): false when it already exists.
 */
export async function createAsk(db: Db, ask: AskItem, w: AskWrite): Promise<boolean> {
  return transact(db, [putNew(db, askItem(ask)), ...extras(db, ask.compoundId, ask.askId, w)])
}

/**
 * A claim (H2 as T3): the ask is written only while it is still `open`, so of any number of concurrent claimers
 * exactly one lands; false for the others.
 */
export async function claimAskWrite(db: Db, ask: AskItem, w: AskWrite): Promise<boolean> {
  const put: TransactItem = {
    Put: {
      TableName: db.table,
      Item: askItem(ask),
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open' },
    },
  }
  return transact(db, [put, ...extras(db, ask.compoundId, ask.askId, w)])
}

/**
 * Any later step on the version read. With hours, the service record keyed by the ask is put only if absent, so
 * an ask's hours are never counted twice. False: someone changed the ask first.
 */
export async function saveAsk(db: Db, ask: AskItem, expectedVersion: number, w: AskWrite): Promise<boolean> {
  return transact(db, [
    revisionPut(db, { item: askItem(ask), expected: expectedVersion }),
    ...extras(db, ask.compoundId, ask.askId, w),
  ])
}

function extras(db: Db, compoundId: string, askId: string, w: AskWrite): TransactItem[] {
  return [
    eventPut(db, { compoundId, subject: askId, ...w.event }),
    ...(w.messages ?? []).map((m) => putNew(db, inboxItem(m.userId, m.message))),
    ...(w.record
      ? [
          putNew(db, {
            ...keys.serviceRecord(compoundId, w.record.volunteerId, askId),
            type: 'service_record',
            ...w.record,
          }),
        ]
      : []),
  ]
}

async function transact(db: Db, items: TransactItem[]): Promise<boolean> {
  try {
    // A claim lost to a concurrent one is cancelled by its condition; a mere conflict is sent again.
    await transactRetryingConflicts(db, items, 20)
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** A volunteer's service records in a compound, oldest first. */
export async function listServiceRecords(db: Db, compoundId: string, userId: string): Promise<ServiceRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.serviceRecordPartition(compoundId, userId) },
    ConsistentRead: true,
  })
  return items
    .map((i) => toEntity<ServiceRecord>(i) as ServiceRecord)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
}
