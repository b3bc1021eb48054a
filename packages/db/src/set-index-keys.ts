import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { isConditionFailure } from './items'

export interface IndexKeysUpdate {
  key: Record<string, string>
  index: { GSI2PK: string; GSI2SK: string }
  /** Sets the keys only while this holds (an item changed since the backfill read it keeps its own). */
  condition: string
  names?: Record<string, string>
  values?: Record<string, unknown>
}

/** The backfills' writes: GSI2 keys set on items, 16 at a time; answers how many the conditions let through. */
export async function setIndexKeys(db: Db, updates: readonly IndexKeysUpdate[]): Promise<number> {
  let applied = 0
  for (let i = 0; i < updates.length; i += 16) {
    const done = await Promise.all(
      updates.slice(i, i + 16).map(async (u) => {
        try {
          await db.doc.send(
            new UpdateCommand({
              TableName: db.table,
              Key: u.key,
              UpdateExpression: 'SET GSI2PK = :pk, GSI2SK = :sk',
              ConditionExpression: u.condition,
              ...(u.names ? { ExpressionAttributeNames: u.names } : {}),
              ExpressionAttributeValues: { ':pk': u.index.GSI2PK, ':sk': u.index.GSI2SK, ...u.values },
            }),
          )
          return 1
        } catch (err) {
          if (!isConditionFailure(err)) throw err
          return 0
        }
      }),
    )
    applied += done.reduce<number>((n, d) => n + d, 0)
  }
  return applied
}
