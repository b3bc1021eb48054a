import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { InboxMessage, Objection } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { putIfRevision, putNew } from '../put-if-revision'
import { toEntity } from '../items'
import { isCancelledByCondition, transactRetryingConflicts } from '../transact'
import { inboxItem } from '../notices/inbox'
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
  const existing = await getObjection(db, compoundId, o.meetingId, o.objectionId)
  if (!existing) throw new Error('fileObjection: refused, yet no objection is stored under its id')
  return existing
}

export async function getObjection(
  db: Db,
  compoundId: string,
  meetingId: string,
  objectionId: string,
): Promise<Objection | undefined> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.objection(compoundId, meetingId, objectionId),
      ConsistentRead: true,
    }),
  )
  return toEntity<Objection>(out.Item)
}

/**
 * Records the committee's answer to one objection, with its event and the objector's inbox message, in one
 * transaction that lands only while the objection has no answer: of two members answering at once, one wins
 * and the other is told it was answered. `undefined` when the objection does not exist; `'answered'` when it
 * already had an answer.
 */
export async function answerObjection(
  db: Db,
  compoundId: string,
  o: Objection,
  answer: NonNullable<Objection['answer']>,
  message: InboxMessage,
): Promise<Objection | 'answered'> {
  const answered = { ...o, answer }
  const item = { ...keys.objection(compoundId, o.meetingId, o.objectionId), type: 'objection', ...answered }
  try {
    await transactRetryingConflicts(db, [
      {
        Put: {
          TableName: db.table,
          Item: item,
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(answer)',
        },
      },
      eventPut(db, {
        compoundId,
        action: 'objection.answered',
        actorId: answer.answeredBy,
        at: answer.answeredAt,
        subject: o.meetingId,
        data: { objectionId: o.objectionId, upheld: answer.upheld },
      }),
      putNew(db, inboxItem(o.userId, message)),
    ])
    return answered
  } catch (err) {
    if (isCancelledByCondition(err)) return 'answered'
    throw err
  }
}
