import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Objection } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { putIfRevision } from '../put-if-revision'
import { toEntity } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'

export async function listObjections(db: Db, compoundId: string, meetingId: string): Promise<Objection[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.meetingPartition(compoundId, meetingId), ':p': keys.objectionPrefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<Objection>(i) as Objection).sort((a, b) => (a.filedAt < b.filedAt ? -1 : 1))
}

/** Files an objection with its event; the id comes from the idempotency key, so a retry returns the first. */
export async function fileObjection(db: Db, compoundId: string, o: Objection): Promise<Objection> {
  const item = { ...keys.objection(compoundId, o.meetingId, o.objectionId), type: 'objection', ...o }
  const event = eventPut(db, {
    compoundId,
    action: 'objection.filed',
    actorId: o.userId,
    at: o.filedAt,
    subject: o.meetingId,
    data: { objectionId: o.objectionId },
  })
  if (await putIfRevision(db, { item, expected: undefined }, [event])) return o
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.objection(compoundId, o.meetingId, o.objectionId),
      ConsistentRead: true,
    }),
  )
  const existing = toEntity<Objection>(out.Item)
  if (!existing) throw new Error('fileObjection: refused, yet no objection is stored under its id')
  return existing
}
