import { randomUUID } from 'node:crypto'
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '@jiayuan/db'
import { statsOf, type LoadStats } from './load-stats'

export const RAW_OPS = ['GetItem', 'Query', 'PutItem', 'TransactWriteItems'] as const
export type RawOp = (typeof RAW_OPS)[number]

/**
 * The database alone, through the stack's own SDK client: the ceiling the API is measured against. Raw
 * parameters on purpose (this is the baseline, not an access pattern), in a partition of their own.
 */
const PK = `BENCH#raw-${randomUUID().slice(0, 8)}`
const PAYLOAD = '数据'.repeat(120)
const SEEDED = 100

export async function seedRaw(db: Db): Promise<void> {
  for (let i = 0; i < SEEDED; i += 25) {
    await Promise.all(
      Array.from({ length: 25 }, (_, k) =>
        db.doc.send(new PutCommand({ TableName: db.table, Item: { PK, SK: `seed#${i + k}`, payload: PAYLOAD } })),
      ),
    )
  }
}

let serial = 0

function rawCall(db: Db, op: RawOp): Promise<unknown> {
  const n = ++serial
  switch (op) {
    case 'GetItem':
      return db.doc.send(
        new GetCommand({ TableName: db.table, Key: { PK, SK: `seed#${n % SEEDED}` }, ConsistentRead: true }),
      )
    case 'Query':
      return db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': PK },
          Limit: 20,
          ConsistentRead: true,
        }),
      )
    case 'PutItem':
      return db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { PK, SK: `put#${n}`, payload: PAYLOAD },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      )
    case 'TransactWriteItems':
      // Three items, as a typical exactly-once write here: the entity, its event and a pointer.
      return db.doc.send(
        new TransactWriteCommand({
          TransactItems: ['a', 'b', 'c'].map((part) => ({
            Put: {
              TableName: db.table,
              Item: { PK, SK: `tx#${n}#${part}`, payload: PAYLOAD },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        }),
      )
  }
}

/** `calls` operations (cycling through `ops`) with at most `concurrency` in flight. */
export async function runRaw(db: Db, ops: readonly RawOp[], calls: number, concurrency: number): Promise<LoadStats> {
  const latencies: number[] = []
  let failed = 0
  let next = 0
  const started = performance.now()
  const lane = async () => {
    while (next < calls) {
      const op = ops[next++ % ops.length] ?? 'GetItem'
      const t = performance.now()
      try {
        await rawCall(db, op)
      } catch {
        failed += 1
      }
      latencies.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return statsOf(latencies, (performance.now() - started) / 1000, failed)
}
