import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { isConditionFailure } from './items'
import { keys } from './keys'
import { tableSpec } from './table'

export interface RateWindow {
  /** What is counted (`login-ip`, `write-user`, `write-ip`) and for whom (an address or a user id). */
  scope: string
  subject: string
  limit: number
  windowSeconds: number
}

export type RateCount = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Counts one request in a fixed window with one conditional UpdateItem (`n < :limit`), so concurrent requests
 * on any number of Lambda instances let exactly `limit` through per window. The counter removes itself by TTL
 * a window after it ends.
 */
export async function countRequest(db: Db, w: RateWindow, now: Date): Promise<RateCount> {
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const windowStart = nowSeconds - (nowSeconds % w.windowSeconds)
  const windowEnd = windowStart + w.windowSeconds
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.rateCounter(w.scope, w.subject, windowStart),
        UpdateExpression: 'ADD n :one SET #type = :type, #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(n) OR n < :limit',
        ExpressionAttributeNames: { '#type': 'type', '#ttl': tableSpec.ttlAttribute },
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': w.limit,
          ':type': 'rate',
          ':ttl': windowEnd + w.windowSeconds,
        },
      }),
    )
    return { allowed: true }
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return { allowed: false, retryAfterSeconds: Math.max(1, windowEnd - nowSeconds) }
  }
}
