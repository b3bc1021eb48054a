import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { BulletinAuthorRole, BulletinKind, BulletinScope } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { ItemMissing, WriteRefused } from '../outcomes'
import { outboxPut } from '../outbox/outbox'
import type { AnnounceOutboxEntry } from '../outbox/entries'
import { cancellationCodes, transactRetryingConflicts } from '../transact'

/** A notice (公告) as stored: one item, its two counters kept exact by the transactions below. */
export interface BulletinRecord {
  bulletinId: string
  compoundId: string
  kind: BulletinKind
  title: string
  body: string
  scope: BulletinScope
  scopeText: string
  /** The units it reaches, fixed when posted; absent for the whole compound. */
  scopeUnitIds?: string[]
  startsAt: string
  endsAt: string
  postedAt: string
  authorId: string
  authorName: string
  authorRole: BulletinAuthorRole
  status: 'published' | 'withdrawn'
  withdrawnAt?: string
  withdrawnBy?: string
  /** Its announcement's id: the inbox message each recipient gets. */
  announcementId: string
  /** People who opened it, each once (应读 of them: 已读). */
  readCount: number
  /** Inboxes it reached, each once (应读). */
  recipientCount: number
}

function toRecord(item: Record<string, unknown>): BulletinRecord {
  return toEntity<BulletinRecord>(item) as BulletinRecord
}

function bulletinItem(b: BulletinRecord): Record<string, unknown> {
  return {
    ...keys.bulletin(b.compoundId, b.bulletinId),
    ...(b.status === 'published' ? keys.bulletinShowing(b.compoundId, b.endsAt, b.bulletinId) : {}),
    ...keys.bulletinPosted(b.compoundId, b.postedAt, b.bulletinId),
    type: 'bulletin',
    ...b,
  }
}

export async function getBulletin(db: Db, compoundId: string, bulletinId: string): Promise<BulletinRecord> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.bulletin(compoundId, bulletinId), ConsistentRead: true }),
  )
  if (!out.Item) throw new ItemMissing('bulletin')
  return toRecord(out.Item)
}

/**
 * Writes a notice once, with its announcement (the outbox entry the fan-out delivers) and its event, in one
 * transaction. The id comes from the author's idempotency key, so a retried post finds the first notice and
 * writes nothing: `created` is false then.
 */
export async function createBulletin(
  db: Db,
  b: BulletinRecord,
  announce: AnnounceOutboxEntry,
): Promise<{ bulletin: BulletinRecord; created: boolean }> {
  try {
    await transactRetryingConflicts(db, [
      { Put: { TableName: db.table, Item: bulletinItem(b), ConditionExpression: 'attribute_not_exists(PK)' } },
      outboxPut(db, announce),
      eventPut(db, {
        compoundId: b.compoundId,
        action: 'bulletin.posted',
        actorId: b.authorId,
        at: b.postedAt,
        subject: b.bulletinId,
        data: { kind: b.kind, scope: b.scope, startsAt: b.startsAt, endsAt: b.endsAt },
      }),
    ])
    return { bulletin: b, created: true }
  } catch (err) {
    if (cancellationCodes(err)?.[0] !== 'ConditionalCheckFailed') throw err
    return { bulletin: await getBulletin(db, b.compoundId, b.bulletinId), created: false }
  }
}

/**
 * Notices still on home pages: the sparse index from `from` (now) on, so ended ones are never read. The index
 * lags a write by a moment; callers judge each by its own `status` and times.
 */
export async function listShowingBulletins(db: Db, compoundId: string, from: string): Promise<BulletinRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK > :from',
      ExpressionAttributeValues: { ':pk': keys.bulletinShowingPartition(compoundId), ':from': from },
    }),
  )
  return (out.Items ?? []).map(toRecord)
}

/** Every notice of a compound, newest first; `before` is the `next` of the previous page. */
export async function listBulletins(
  db: Db,
  compoundId: string,
  page: { limit: number; before?: string },
): Promise<{ bulletins: BulletinRecord[]; next?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      KeyConditionExpression: page.before ? 'GSI2PK = :pk AND GSI2SK < :before' : 'GSI2PK = :pk',
      ExpressionAttributeValues: {
        ':pk': keys.bulletinPostedPartition(compoundId),
        ...(page.before ? { ':before': page.before } : {}),
      },
      ScanIndexForward: false,
      Limit: page.limit,
    }),
  )
  const bulletins = (out.Items ?? []).map(toRecord)
  const last = bulletins.at(-1)
  return {
    bulletins,
    ...(out.LastEvaluatedKey && last
      ? { next: keys.bulletinPosted(compoundId, last.postedAt, last.bulletinId).GSI2SK }
      : {}),
  }
}

/**
 * Takes a notice off every home page: status `withdrawn` and out of the showing index, only while it is still
 * published, with its event. A second withdrawal racing the first is refused (`BulletinWithdrawn`).
 */
export async function withdrawBulletin(
  db: Db,
  b: { compoundId: string; bulletinId: string },
  actor: { userId: string; at: string },
): Promise<BulletinRecord> {
  try {
    await transactRetryingConflicts(db, [
      {
        Update: {
          TableName: db.table,
          Key: keys.bulletin(b.compoundId, b.bulletinId),
          UpdateExpression: 'SET #status = :withdrawn, withdrawnAt = :at, withdrawnBy = :by REMOVE GSI1PK, GSI1SK',
          ConditionExpression: '#status = :published',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':withdrawn': 'withdrawn',
            ':published': 'published',
            ':at': actor.at,
            ':by': actor.userId,
          },
        },
      },
      eventPut(db, {
        compoundId: b.compoundId,
        action: 'bulletin.withdrawn',
        actorId: actor.userId,
        at: actor.at,
        subject: b.bulletinId,
      }),
    ])
  } catch (err) {
    if (isConditionFailure(err) && cancellationCodes(err)?.[0] === 'ConditionalCheckFailed')
      throw new WriteRefused('BulletinWithdrawn')
    throw err
  }
  return getBulletin(db, b.compoundId, b.bulletinId)
}
