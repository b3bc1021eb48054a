import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { eventPut, type AuditEvent } from '../events'
import { heldPerInstance } from '../held-copies'
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
  const history = items.map((i) => toEntity<BallotItem>(i) as BallotItem)
  hold(db, subjectKey(compoundId, meetingId, rollSubjectId), history)
  return history
}

/**
 * How many ballot versions an instance keeps of the voters it last read or wrote (some 600 bytes parsed each:
 * ~12 MB at most), the voters least recently used dropped first.
 */
const heldOf = heldPerInstance<readonly BallotItem[]>(20_000, (history) => history.length)
const subjectKey = (compoundId: string, meetingId: string, subjectId: string) =>
  `${compoundId}|${meetingId}|${subjectId}`

function hold(db: Db, key: string, history: readonly BallotItem[]): void {
  heldOf(db).set(key, Object.freeze(history.map((b) => Object.freeze({ ...b }))))
}

/**
 * A voter's ballots as this instance last read or wrote them, or undefined. Possibly behind the table (another
 * instance may have taken a version since); `putBallots` with `history` set to it refuses then, so a write made
 * on it is never made on a stale history, and the caller reads afresh (`readSubjectBallots`).
 */
export function heldSubjectBallots(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollSubjectId: string,
): readonly BallotItem[] | undefined {
  return heldOf(db).get(subjectKey(compoundId, meetingId, rollSubjectId))
}

/**
 * Stores new ballot versions, one item per motion, each only if that version is still free, with the event,
 * in one transaction: all motions of a ballot paper or none. The history the versions were made from holds
 * for the whole subject: for each of the meeting's other motions (`motionIds`), the version after the last one in
 * `history` must still be free too, so a ballot of that voter taken on any motion since the history was read
 * refuses the paper. Losing such a race is a `BallotVersionTaken` (409) the caller may retry after reading again.
 * Once stored, `history` with the new versions is what this instance holds of the voter (`heldSubjectBallots`).
 */
export async function putBallots(
  db: Db,
  compoundId: string,
  ballots: readonly BallotItem[],
  event: Omit<AuditEvent, 'eventId' | 'compoundId'>,
  made: { history: readonly BallotItem[]; motionIds: readonly string[] },
): Promise<void> {
  const first = ballots[0]
  if (!first) throw new Error('putBallots: a ballot paper has at least one motion')
  const { meetingId, rollSubjectId } = first
  const written = new Set(ballots.map((b) => b.motionId))
  const unchanged = made.motionIds
    .filter((motionId) => !written.has(motionId))
    .map((motionId) => ({
      ConditionCheck: {
        TableName: db.table,
        Key: keys.ballot(compoundId, meetingId, rollSubjectId, motionId, lastVersion(made.history, motionId) + 1),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    }))
  const key = subjectKey(compoundId, meetingId, rollSubjectId)
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
          ...unchanged,
          eventPut(db, { ...event, compoundId }),
        ],
      }),
    )
  } catch (err) {
    heldOf(db).delete(key)
    if (!isConditionFailure(err)) throw err
    throw new WriteRefused('BallotVersionTaken')
  }
  hold(db, key, [...made.history, ...ballots])
}

/** The last version of a motion's ballot in a voter's history; 0 before their first. */
export function lastVersion(history: readonly BallotItem[], motionId: string): number {
  let last = 0
  for (const b of history) if (b.motionId === motionId && b.version > last) last = b.version
  return last
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
