import { BatchGetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { keyId } from './keys'

/** Follows LastEvaluatedKey until the Query is exhausted (used where a whole partition is the answer). */
export async function queryAll(
  db: Db,
  input: Omit<QueryCommandInput, 'TableName'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = []
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(new QueryCommand({ ...input, TableName: db.table, ExclusiveStartKey: start }))
    items.push(...(out.Items ?? []))
    start = out.LastEvaluatedKey
  } while (start)
  return items
}

/**
 * The items of these keys (each asked once), 100 to a BatchGetItem, with the keys DynamoDB leaves unprocessed
 * (throttling) asked again after a short back-off; missing items are simply absent. `fields` narrows each item
 * (a projection), `consistent` reads them strongly.
 */
export async function batchGetAll(
  db: Db,
  keys: readonly Record<string, unknown>[],
  options: {
    fields?: Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'>
    consistent?: boolean
  } = {},
): Promise<Record<string, unknown>[]> {
  const unique = [...new Map(keys.map((k) => [keyId(k), k])).values()]
  const items: Record<string, unknown>[] = []
  for (let i = 0; i < unique.length; i += 100) {
    let want = unique.slice(i, i + 100)
    for (let attempt = 0; want.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(200, 10 * 2 ** attempt)))
      const out = await db.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [db.table]: { Keys: want, ...options.fields, ...(options.consistent ? { ConsistentRead: true } : {}) },
          },
        }),
      )
      items.push(...(out.Responses?.[db.table] ?? []))
      want = (out.UnprocessedKeys?.[db.table]?.Keys ?? []) as Record<string, unknown>[]
    }
  }
  return items
}

/** `batchGetAll`'s items by their key (`keyId`): what a read of a few named items looks each one up in. */
export async function batchGetByKey(
  db: Db,
  keys: readonly Record<string, unknown>[],
  options: Parameters<typeof batchGetAll>[2] = {},
): Promise<Map<string, Record<string, unknown>>> {
  return new Map((await batchGetAll(db, keys, options)).map((item) => [keyId(item), item]))
}

/**
 * A person's own items in one compound, newest first: GSI2 keys them by person, sorted by `<compoundId>#…`.
 * Without `limit`, one page (DynamoDB's 1 MB), as the lists it serves have always read.
 */
export async function queryMineInCompound(
  db: Db,
  personPk: string,
  compoundId: string,
  limit?: number,
): Promise<Record<string, unknown>[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :c)',
      ExpressionAttributeValues: { ':pk': personPk, ':c': `${compoundId}#` },
      ScanIndexForward: false,
      ...(limit === undefined ? {} : { Limit: limit }),
    }),
  )
  return out.Items ?? []
}
