import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { eventPut, type AuditEvent } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { WriteRefused } from '../outcomes'
import { BALLOT_SHARDS } from '../keys/assembly'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import type { BallotItem } from './records'
import type { BallotRecord } from '@jiayuan/domain'

/** Every version of one voter's ballots in a meeting, all motions, oldest version first (consistent read). */
export async function readSubjectBallots(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollSubjectId: string,
): Promise<BallotItem[]> {
  const { PK, prefix } = keys.ballotsOfSubject(compoundId, meetingId, rollSubjectId)
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': PK, ':p': prefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<BallotItem>(i) as BallotItem)
}

/**
 * Stores new ballot versions, one item per motion, each only if that version is still free, with the event,
 * in one transaction: all motions of a ballot paper or none. Losing the race for a version is a
 * `BallotVersionTaken` (409) the caller may retry after reading again.
 */
export async function putBallots(
  db: Db,
  compoundId: string,
  ballots: readonly BallotItem[],
  event: Omit<AuditEvent, 'eventId' | 'compoundId'>,
): Promise<void> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          ...ballots.map((b) => ({
            Put: {
              TableName: db.table,
              Item: {
                ...keys.ballot(compoundId, b.meetingId, b.rollSubjectId, b.motionId, b.version),
                type: 'ballot',
                ...b,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
          eventPut(db, { ...event, compoundId }),
        ],
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    throw new WriteRefused('BallotVersionTaken')
  }
}

/** Every stored ballot version of a meeting: one paged Query per shard, in parallel, consistent. */
export async function readAllBallots(db: Db, compoundId: string, meetingId: string): Promise<BallotItem[]> {
  const shards = await Promise.all(
    Array.from({ length: BALLOT_SHARDS }, (_, shard) =>
      queryAll(db, {
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.ballotShardPartition(compoundId, meetingId, shard) },
        ConsistentRead: true,
      }),
    ),
  )
  return shards.flat().map((i) => toEntity<BallotItem>(i) as BallotItem)
}

/** A stored ballot as the counting and sealing rules read it (domain `BallotRecord`). */
export const ballotRecordOf = (b: BallotItem): BallotRecord => ({
  motionId: b.motionId,
  subjectId: b.subjectId,
  choice: b.choice,
  channel: b.channel,
  castAt: b.castAt,
  version: b.version,
  receipt: b.receipt,
  ...(b.proxyId ? { proxyId: b.proxyId } : {}),
})
