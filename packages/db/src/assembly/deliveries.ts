import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { DeliveryRecord } from '@jiayuan/contracts'
import type { Db } from '../client'
import { putNew } from '../put-if-revision'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { WriteRefused } from '../outcomes'
import { keys } from '../keys'
import { queryAll } from '../query-all'

export async function listDeliveries(db: Db, compoundId: string, meetingId: string): Promise<DeliveryRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.meetingPartition(compoundId, meetingId), ':p': keys.deliveryPrefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<DeliveryRecord>(i) as DeliveryRecord)
}

export async function getDelivery(
  db: Db,
  compoundId: string,
  meetingId: string,
  subjectId: string,
): Promise<DeliveryRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.delivery(compoundId, meetingId, subjectId) }),
  )
  return toEntity<DeliveryRecord>(out.Item)
}

/**
 * Records delivery of the ballot (DOMAIN V8) for up to 99 owners with one event. A delivery already recorded
 * is kept as first recorded, never overwritten: the caller passes only new ones, and a race is a 409.
 */
export async function recordDeliveries(
  db: Db,
  compoundId: string,
  meetingId: string,
  records: readonly DeliveryRecord[],
): Promise<void> {
  const first = records[0]
  if (!first) return
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          ...records.map((r) =>
            putNew(db, { ...keys.delivery(compoundId, meetingId, r.subjectId), type: 'delivery', ...r }),
          ),
          eventPut(db, {
            compoundId,
            action: 'delivery.recorded',
            actorId: first.recordedBy,
            at: first.recordedAt,
            subject: meetingId,
            ...(first.note ? { reason: first.note } : {}),
            data: { method: first.method, subjectIds: records.map((r) => r.subjectId) },
          }),
        ],
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    throw new WriteRefused('DeliveryRecordedMeanwhile')
  }
}
