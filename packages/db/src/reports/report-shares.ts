import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { tableSpec } from '../table'

/** One share link of a published month: who made it, for which version, until when (RP7). */
export interface ReportShare {
  compoundId: string
  shareId: string
  month: string
  /** The version published when the link was made; the link shows the month's latest published version. */
  version: number
  createdBy: string
  createdAt: string
  /** The link works until this instant. */
  validUntil: string
}

/** The table's TTL removes a link's record a month after it stopped working; its event stays. */
const REMOVE_AFTER_SECONDS = 30 * 86_400
const ttlOf = (share: ReportShare) => Math.floor(Date.parse(share.validUntil) / 1000) + REMOVE_AFTER_SECONDS

export async function getReportShare(db: Db, compoundId: string, shareId: string): Promise<ReportShare | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.reportShare(compoundId, shareId) }))
  return toEntity<ReportShare>(out.Item)
}

/**
 * Keeps a new share link with its event, once per id (the id comes from the creator's idempotency key): a
 * retried request gets the first link back rather than a second one.
 */
export async function putReportShare(db: Db, share: ReportShare): Promise<ReportShare> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.reportShare(share.compoundId, share.shareId),
                type: 'report_share',
                [tableSpec.ttlAttribute]: ttlOf(share),
                ...share,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          eventPut(db, {
            compoundId: share.compoundId,
            action: 'report.shared',
            actorId: share.createdBy,
            at: share.createdAt,
            subject: `${share.month}#${share.version}`,
            data: { shareId: share.shareId, validUntil: share.validUntil },
          }),
        ],
      }),
    )
    return share
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const first = await getReportShare(db, share.compoundId, share.shareId)
    if (!first) throw err
    return first
  }
}
