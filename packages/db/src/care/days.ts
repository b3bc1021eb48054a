import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { CareDay, InboxMessage } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { inboxItem } from '../notices/inbox'
import { revisionPut } from '../put-if-revision'

export async function getCareDay(
  db: Db,
  compoundId: string,
  elderId: string,
  date: string,
): Promise<CareDay | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.careDay(compoundId, elderId, date), ConsistentRead: true }),
  )
  return toEntity<CareDay>(out.Item)
}

/** An elder's most recent days, newest first (the log). */
export async function listCareDays(db: Db, compoundId: string, elderId: string, limit: number): Promise<CareDay[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.careDayPartition(compoundId, elderId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<CareDay>(i) as CareDay)
}

/**
 * Writes a day on the version read (undefined: none yet), with its event and the inbox messages of those it
 * tells, in one transaction: a sweep and a tap that race both read the same version, and one of them is refused
 * (false) and decides again on the fresh day, so nobody is told twice.
 */
export async function saveCareDay(
  db: Db,
  day: CareDay,
  expected: number | undefined,
  event: { action: string; actorId: string; at: string; reason?: string },
  messages: ReadonlyArray<{ userId: string; message: InboxMessage }> = [],
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          revisionPut(db, {
            item: { ...keys.careDay(day.compoundId, day.elderId, day.date), type: 'care_day', ...day },
            expected,
          }),
          eventPut(db, { compoundId: day.compoundId, subject: day.elderId, ...event }),
          ...messages.map((m) => ({
            Put: {
              TableName: db.table,
              Item: inboxItem(m.userId, m.message),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}
