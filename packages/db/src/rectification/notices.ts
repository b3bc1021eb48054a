import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { RectificationNotice } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { deliveryItem, type InboxDelivery } from '../notices/inbox'
import { revisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'
import type { TransactItem } from '../transact'

// Rectification notices (DOMAIN S3): one item per notice, versioned; every change is one transaction with its
// event, the inbox messages of those it tells (each once) and the street's figures it moves.

function noticeItem(n: RectificationNotice): Record<string, unknown> {
  return {
    ...keys.notice(n.compoundId, n.noticeId),
    ...keys.noticeCompanyIndex(n.companyId, n.issuedAt, n.compoundId, n.noticeId),
    ...(n.streetId ? keys.noticeStreetIndex(n.streetId, n.issuedAt, n.compoundId, n.noticeId) : {}),
    type: 'rectification_notice',
    ...n,
  }
}

export async function getNotice(
  db: Db,
  compoundId: string,
  noticeId: string,
): Promise<RectificationNotice | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.notice(compoundId, noticeId), ConsistentRead: true }),
  )
  return toEntity<RectificationNotice>(out.Item)
}

const newestFirst = (a: RectificationNotice, b: RectificationNotice) => b.issuedAt.localeCompare(a.issuedAt)

export async function listCompoundNotices(db: Db, compoundId: string): Promise<RectificationNotice[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.noticePartition(compoundId) },
  })
  return items.map((i) => toEntity<RectificationNotice>(i) as RectificationNotice).sort(newestFirst)
}

async function listByIndex(db: Db, index: 'GSI1' | 'GSI2', pk: string): Promise<RectificationNotice[]> {
  const items = await queryAll(db, {
    IndexName: index,
    KeyConditionExpression: `${index}PK = :pk`,
    ExpressionAttributeValues: { ':pk': pk },
    ScanIndexForward: false,
  })
  return items.map((i) => toEntity<RectificationNotice>(i) as RectificationNotice)
}

/** Every notice to a company, across its compounds, newest first. */
export const listCompanyNotices = (db: Db, companyId: string) =>
  listByIndex(db, 'GSI1', keys.noticeCompanyIndex(companyId, '', '', '').GSI1PK)

/** Every notice in a street's compounds, newest first. */
export const listStreetNotices = (db: Db, streetId: string) =>
  listByIndex(db, 'GSI2', keys.noticeStreetIndex(streetId, '', '', '').GSI2PK)

export interface NoticeWrite {
  notice: RectificationNotice
  /** The version read; undefined for a new notice (written once: a repeated issue is refused). */
  expected: number | undefined
  event: { action: string; actorId: string; at: string; reason?: string }
  messages: ReadonlyArray<InboxDelivery>
  /** The street's figures the change moves (packages/db/src/oversight/figures.ts), in the same transaction. */
  figures: readonly TransactItem[]
}

/**
 * Writes a notice on the version read with its event, messages and figures, in one transaction: of two changes
 * that read the same version (two re-inspections, two sweeps) exactly one lands; the other gets false.
 */
export async function saveNotice(db: Db, w: NoticeWrite): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          revisionPut(db, { item: noticeItem(w.notice), expected: w.expected }),
          eventPut(db, { compoundId: w.notice.compoundId, subject: w.notice.noticeId, ...w.event }),
          ...w.messages.map((m) => ({
            Put: {
              TableName: db.table,
              Item: deliveryItem(m),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
          ...w.figures,
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}
