import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { MotionResult } from '@jiayuan/contracts'
import type { Db } from '../client'
import { isConditionFailure } from '../items'
import { keys } from '../keys'

export interface CachedTally {
  results: MotionResult[]
  computedAt: string
}

export async function getTallyCache(db: Db, compoundId: string, meetingId: string): Promise<CachedTally | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.tallyCache(compoundId, meetingId) }))
  if (!out.Item) return undefined
  return { results: out.Item.results as MotionResult[], computedAt: String(out.Item.computedAt) }
}

/**
 * Keeps the newest count only: a slower request that counted earlier never overwrites a later count. The
 * cache is aggregates for the live meter, never the result (close counts again from every ballot).
 */
export async function putTallyCache(db: Db, compoundId: string, meetingId: string, tally: CachedTally): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.tallyCache(compoundId, meetingId), type: 'tally_cache', ...tally },
        ConditionExpression: 'attribute_not_exists(PK) OR computedAt < :at',
        ExpressionAttributeValues: { ':at': tally.computedAt },
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}
